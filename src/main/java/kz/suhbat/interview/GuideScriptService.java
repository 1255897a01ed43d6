package kz.suhbat.interview;

import java.time.Clock;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.common.Transactor;
import kz.suhbat.security.Access;
import kz.suhbat.security.Account;
import kz.suhbat.security.Office;
import kz.suhbat.security.OfficeRepository;
import kz.suhbat.security.Operation;

/**
 * The office's wording of the guide's opening and closing scripts: a standing setting of the office, so
 * the administrator changes it, like the office's other settings; everyone reads it (the guide shows
 * it). Every change is audited.
 */
public final class GuideScriptService {

    private final Access access;
    private final GuideScriptRepository scripts;
    private final OfficeRepository offices;
    private final AuditTrail audit;
    private final Transactor transactor;
    private final Clock clock;

    public GuideScriptService(Access access, GuideScriptRepository scripts, OfficeRepository offices,
                              AuditTrail audit, Transactor transactor, Clock clock) {
        this.access = access;
        this.scripts = scripts;
        this.offices = offices;
        this.audit = audit;
        this.transactor = transactor;
        this.clock = clock;
    }

    /** The office's scripts; empty languages follow the built-in text. */
    public GuideScripts scripts() {
        access.require(Operation.OFFICE_READ);
        return scripts.load();
    }

    public GuideScripts save(GuideScripts changed) {
        Account admin = access.require(Operation.OFFICE_EDIT);
        return transactor.inTransaction(() -> {
            GuideScripts before = scripts.load();
            if (!before.equals(changed)) {
                scripts.save(changed, admin.id(), clock.instant());
                audit.record(admin, AuditAction.GUIDE_SCRIPTS_UPDATE, "office",
                        offices.load().map(Office::code).orElse(""), before, changed);
            }
            return changed;
        });
    }
}
