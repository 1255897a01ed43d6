package kz.suhbat.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an audit entry records. The code is what is stored (and hashed); each action has a translated
 * label {@code audit.action.<NAME>}.
 */
public enum AuditAction {
    FRAMEWORK_BUILT_IN("framework.builtIn"),
    FRAMEWORK_CREATE("framework.create"),
    FRAMEWORK_SAVE("framework.save"),
    FRAMEWORK_NEW_VERSION("framework.newVersion"),
    FRAMEWORK_ACTIVATE("framework.activate"),
    FRAMEWORK_RETIRE("framework.retire"),
    FRAMEWORK_DELETE("framework.delete"),
    FRAMEWORK_IMPORT("framework.import"),
    FRAMEWORK_MARK_USED("framework.markUsed"),
    OFFICE_SET_UP("office.setUp"),
    OFFICE_UPDATE("office.update"),
    GUIDE_SCRIPTS_UPDATE("office.guideScripts"),
    ACCOUNT_CREATE("account.create"),
    ACCOUNT_UPDATE("account.update"),
    ACCOUNT_RESET_PASSWORD("account.resetPassword"),
    ACCOUNT_DEACTIVATE("account.deactivate"),
    ACCOUNT_CHANGE_PASSWORD("account.changePassword"),
    CAMPAIGN_CREATE("campaign.create"),
    CAMPAIGN_UPDATE("campaign.update"),
    CANDIDATE_ADD("candidate.add"),
    CANDIDATE_UPDATE("candidate.update"),
    CANDIDATE_REMOVE("candidate.remove"),
    PANEL_MEMBER_ADD("panel.memberAdd"),
    PANEL_MEMBER_UPDATE("panel.memberUpdate"),
    PANEL_MEMBER_REMOVE("panel.memberRemove"),
    CONFLICT_DECLARE("panel.conflictDeclare"),
    SITTING_CREATE("sitting.create"),
    SITTING_UPDATE("sitting.update"),
    SITTING_OPEN("sitting.open"),
    ATTENDANCE_MARK("sitting.attendance"),
    INTERVIEW_START("interview.start"),
    CANDIDATE_ABSENT("interview.candidateAbsent"),
    ABSENCE_WITHDRAW("interview.absenceWithdraw"),
    QUESTION_DROP("interview.questionDrop"),
    NOTE_WRITE("interview.note"),
    SCORE_ENTER("interview.score"),
    SHEET_SUBMIT("interview.submit"),
    COMPETENCY_DISCUSS("interview.discuss"),
    RESULT_AGREE("interview.agree"),
    VOTE_RECORD("interview.vote"),
    INTERVIEW_FINALISE("interview.finalise"),
    INTERVIEW_REOPEN("interview.reopen"),
    SIGNING_KEY_CREATE("exchange.signingKey"),
    PACKAGE_EXPORT("exchange.export"),
    KEY_REGISTER("exchange.keyRegister"),
    CENTRAL_KEY_CREATE("exchange.centralKeyCreate"),
    CENTRAL_KEY_REGISTER("exchange.centralKeyRegister"),
    KEY_REVOKE("exchange.keyRevoke"),
    PACKAGE_IMPORT("exchange.import"),
    OFFICE_LETTERHEAD("office.letterhead"),
    SITTING_CLOSE("sitting.close"),
    PROTOCOL_NUMBER("protocol.number"),
    RECORDS_SEALED("audit.recordsSealed"),
    TRAIL_ALARM("audit.alarm"),
    DATABASE_KEY_RENEW("security.databaseKeyRenew"),
    SIGNING_KEY_PROTECT("exchange.signingKeyProtect"),
    SIGNING_KEY_UNLOCK("exchange.signingKeyUnlock"),
    TRAINING_RULE_SET("training.rule"),
    TRAINEE_ADD("training.traineeAdd"),
    TRAINEE_REMOVE("training.traineeRemove"),
    EXERCISES_ADD("training.exercisesAdd"),
    EXERCISE_REFERENCE_SET("training.reference"),
    EXERCISE_SUBMIT("training.submit"),
    RATER_CALIBRATED("training.calibrated"),
    ROOM_OPEN("devices.open"),
    ROOM_CLOSE("devices.close"),
    DEVICE_SIGN_IN("devices.signIn");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AuditAction> ofCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
