package kz.suhbat.audit;

import java.util.List;
import kz.suhbat.security.Access;
import kz.suhbat.security.Operation;

/** Reading and verifying the audit trail: for administrators and analysts. */
public final class AuditService {

    private final Access access;
    private final AuditRepository repository;

    public AuditService(Access access, AuditRepository repository) {
        this.access = access;
        this.repository = repository;
    }

    /** Walks the whole trail and reports the first entry that breaks the chain. */
    public AuditVerification verify() {
        access.require(Operation.AUDIT_READ);
        AuditVerification.Verifier verifier = new AuditVerification.Verifier();
        repository.forEach(verifier::accept);
        return verifier.result();
    }

    public List<AuditEntry> newest(int limit) {
        access.require(Operation.AUDIT_READ);
        return repository.newest(Math.max(0, Math.min(limit, 10_000)));
    }
}
