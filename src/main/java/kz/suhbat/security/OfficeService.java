package kz.suhbat.security;

import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.common.Transactor;

/** The office's details and security settings: everyone reads them, the administrator changes them. */
public final class OfficeService {

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
            audit.record(admin, AuditAction.OFFICE_UPDATE, "office", changed.code(), before, changed);
        });
    }
}
