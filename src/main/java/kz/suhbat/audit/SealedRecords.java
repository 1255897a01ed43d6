package kz.suhbat.audit;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The records of an entity that its audit entries seal: for an interview, its raters, every score as
 * entered, the notes, agreed levels, votes and the decision. Each table of them is given as a digest of
 * its rows in a fixed order, so the seal changes when any value, row or order does.
 */
public interface SealedRecords {

    /** The entity type whose records are sealed. */
    String entityType();

    /** The digests of the entity's tables, in a fixed order (an absent entity gives the empty tables'). */
    List<String> digests(String entityId);

    /** Whom the entity's records are about, for an alarm (the candidate's name); empty when unknown. */
    String describe(String entityId);

    /** Every entity that exists, with its digests, read in one pass over each table. */
    void forEach(BiConsumer<String, List<String>> action);
}
