package kz.suhbat.app;

import kz.suhbat.analytics.ui.ReportsView;
import kz.suhbat.security.ui.AuditTrailView;
import kz.suhbat.campaign.ui.CampaignsView;
import kz.suhbat.backup.ui.BackupsView;
import kz.suhbat.rubric.ui.FrameworkBrowserView;
import kz.suhbat.exchange.ui.ExchangeView;
import kz.suhbat.sittingday.ui.MySittingsView;
import kz.suhbat.security.Operation;
import kz.suhbat.security.Role;
import kz.suhbat.security.ui.AccountsView;
import kz.suhbat.training.rehearsal.ui.RehearsalView;
import kz.suhbat.training.ui.course.CourseView;
import kz.suhbat.training.ui.exercise.MyExercisesView;

/** The places the navigation leads to, in the order it shows them, each for the roles that may use it. */
enum Section {
    MY_SITTINGS("nav.mySittings", MySittingsView.class, Operation.OWN_SITTINGS_READ),
    CAMPAIGNS("nav.campaigns", CampaignsView.class, Operation.CAMPAIGN_READ),
    COURSES("nav.courses", CourseView.class, Operation.TRAINING_MANAGE),
    CALIBRATION("nav.calibration", MyExercisesView.class, Operation.CALIBRATION_TAKE),
    FRAMEWORKS("nav.frameworks", FrameworkBrowserView.class, Operation.RUBRIC_READ),
    REHEARSAL("nav.rehearsal", RehearsalView.class, Operation.RUBRIC_READ),
    ACCOUNTS("nav.accounts", AccountsView.class, Operation.ACCOUNT_MANAGE),
    OFFICE("nav.office", OfficeSectionView.class, Operation.OFFICE_EDIT),
    BACKUPS("nav.backups", BackupsView.class, Operation.BACKUP_MANAGE),
    EXCHANGE("nav.exchange", ExchangeView.class, Operation.IMPORTED_READ),
    REPORTS("nav.reports", ReportsView.class, Operation.OWN_REPORTS_READ),
    AUDIT("nav.audit", AuditTrailView.class, Operation.AUDIT_READ);

    private final String labelKey;
    private final Class<?> viewClass;
    private final Operation operation;

    Section(String labelKey, Class<?> viewClass, Operation operation) {
        this.labelKey = labelKey;
        this.viewClass = viewClass;
        this.operation = operation;
    }

    String labelKey() {
        return labelKey;
    }

    Class<?> viewClass() {
        return viewClass;
    }

    boolean openTo(Role role) {
        return operation.allows(role);
    }

    /**
     * Where a role starts: the administrator with the frameworks, a panel member (or chair) with their
     * own sittings, the trainer with the courses, a trainee with their calibration exercises, everyone else
     * with the campaigns.
     */
    static Section startFor(Role role) {
        return switch (role) {
            case ADMINISTRATOR -> FRAMEWORKS;
            case MEMBER -> MY_SITTINGS;
            case TRAINER -> COURSES;
            case TRAINEE -> CALIBRATION;
            default -> CAMPAIGNS;
        };
    }
}
