package kz.suhbat.security;

import java.util.List;
import java.util.Map;
import kz.suhbat.audit.AuditEntry;
import kz.suhbat.audit.AuditKey;
import kz.suhbat.audit.AuditRepository;
import kz.suhbat.audit.AuditVerification;
import kz.suhbat.audit.RecordSeal;
import kz.suhbat.audit.RecordsCheck;
import kz.suhbat.audit.SealedRecords;

/** Reading and verifying the audit trail: for administrators and analysts. */
public final class AuditService {

    private final Access access;
    private final AuditRepository repository;
    private final AuditKey key;
    private final SealedRecords records;

    public AuditService(Access access, AuditRepository repository, AuditKey key, SealedRecords records) {
        this.access = access;
        this.repository = repository;
        this.key = key;
        this.records = records;
    }

    /**
     * Walks the whole trail and reports the first entry that breaks the chain or its seals, and compares
     * every interview's records with their newest seal.
     */
    public AuditVerification verify() {
        access.require(Operation.AUDIT_READ);
        RecordsCheck check = new RecordsCheck(key, repository, records);
        Map<String, RecordSeal> seals = check.seals();
        AuditVerification.Verifier verifier = new AuditVerification.Verifier(key, records.entityType(), seals);
        repository.forEach(verifier::accept);
        AuditVerification chain = verifier.result();
        return new AuditVerification(chain.entries(), chain.head(), chain.firstBreak(),
                check.merged(check.run(seals), chain.records()));
    }

    public List<AuditEntry> newest(int limit) {
        access.require(Operation.AUDIT_READ);
        return repository.newest(Math.max(0, Math.min(limit, 10_000)));
    }
}
