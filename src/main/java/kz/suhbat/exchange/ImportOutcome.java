package kz.suhbat.exchange;

import java.nio.file.Path;
import java.util.Optional;

/** What became of one package of an import: imported, already there (nothing changed), or refused. */
public record ImportOutcome(Path file, Kind kind, Optional<Manifest> manifest, Optional<ExchangeRefusal> refusal) {

    public enum Kind { IMPORTED, ALREADY_IMPORTED, REFUSED }

    static ImportOutcome imported(Path file, Manifest manifest) {
        return new ImportOutcome(file, Kind.IMPORTED, Optional.of(manifest), Optional.empty());
    }

    static ImportOutcome of(Path file, Optional<Manifest> manifest, ExchangeRefusal refusal) {
        Kind kind = refusal.reason() == ExchangeRefusal.Reason.ALREADY_IMPORTED ? Kind.ALREADY_IMPORTED : Kind.REFUSED;
        return new ImportOutcome(file, kind, manifest, Optional.of(refusal));
    }
}
