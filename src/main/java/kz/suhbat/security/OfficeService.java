package kz.suhbat.security;

import java.util.Optional;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.common.Transactor;

/**
 * The office's details and security settings, and what its protocols print (the legal basis per type of
 * campaign, the letterhead): everyone reads them, the administrator changes them.
 */
public final class OfficeService {

    private static final String OFFICE = "office";

    private final Access access;
    private final OfficeRepository offices;
    private final AuditTrail audit;
    private final Transactor transactor;

    public OfficeService(Access access, OfficeRepository offices, AuditTrail audit, Transactor transactor) {
        this.access = access;
        this.offices = offices;
        this.audit = audit;
        this.transactor = transactor;
    }

    public Office office() {
        access.require(Operation.OFFICE_READ);
        return offices.load().orElseThrow(() -> new IllegalStateException("The office is not set up"));
    }

    public void update(Office changed) {
        Account admin = access.require(Operation.OFFICE_EDIT);
        transactor.run(() -> {
            Office before = offices.load().orElse(null);
            offices.save(changed);
            audit.record(admin, AuditAction.OFFICE_UPDATE, OFFICE, changed.code(), before, changed);
        });
    }

    public LegalBasis legalBasis() {
        access.require(Operation.OFFICE_READ);
        return offices.legalBasis();
    }

    public void updateLegalBasis(LegalBasis changed) {
        Account admin = access.require(Operation.OFFICE_EDIT);
        transactor.run(() -> {
            LegalBasis before = offices.legalBasis();
            if (!before.equals(changed)) {
                offices.saveLegalBasis(changed);
                audit.record(admin, AuditAction.OFFICE_UPDATE, OFFICE, code(), before, changed);
            }
        });
    }

    public Optional<Letterhead> letterhead() {
        access.require(Operation.OFFICE_READ);
        return offices.letterhead();
    }

    /** Puts {@code letterhead} at the head of the protocols, or none when it is empty. */
    public void changeLetterhead(Optional<Letterhead> letterhead) {
        Account admin = access.require(Operation.OFFICE_EDIT);
        transactor.run(() -> {
            Optional<Letterhead> before = offices.letterhead();
            if (!before.equals(letterhead)) {
                offices.saveLetterhead(letterhead);
                audit.record(admin, AuditAction.OFFICE_LETTERHEAD, OFFICE, code(),
                        before.map(Letterhead::summary).orElse(null), letterhead.map(Letterhead::summary).orElse(null));
            }
        });
    }

    private String code() {
        return offices.load().map(Office::code).orElse("");
    }
}
