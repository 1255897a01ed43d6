package kz.suhbat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.suhbat.testsupport.TestOffice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The role table: every public method of every service, called as every role and as no one, is
 * refused exactly when the policy says so. The check happens in the service itself, before any data is
 * touched; a public service method the table does not know fails the test (deny by default).
 */
class AccessPolicyTest {

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMINISTRATOR);

    /** Who may do what, as the product asks for it. */
    private static final Map<Operation, Set<Role>> POLICY = Map.ofEntries(
            Map.entry(Operation.RUBRIC_READ, ALL),
            Map.entry(Operation.RUBRIC_EDIT, ADMIN),
            Map.entry(Operation.RUBRIC_MARK_USED, EnumSet.of(Role.SECRETARY, Role.TRAINER)),
            Map.entry(Operation.OFFICE_READ, ALL),
            Map.entry(Operation.OFFICE_EDIT, ADMIN),
            Map.entry(Operation.ACCOUNT_READ, EnumSet.of(Role.ADMINISTRATOR, Role.SECRETARY)),
            Map.entry(Operation.ACCOUNT_MANAGE, ADMIN),
            Map.entry(Operation.TRAINEE_ACCOUNT_CREATE, EnumSet.of(Role.ADMINISTRATOR, Role.TRAINER)),
            Map.entry(Operation.OWN_PASSWORD, ALL),
            Map.entry(Operation.AUDIT_READ, EnumSet.of(Role.ADMINISTRATOR, Role.ANALYST)),
            Map.entry(Operation.BACKUP_MANAGE, ADMIN),
            Map.entry(Operation.BACKUP_SCHEDULED, ALL),
            Map.entry(Operation.CAMPAIGN_READ, ALL),
            Map.entry(Operation.CAMPAIGN_EDIT, EnumSet.of(Role.SECRETARY, Role.TRAINER)),
            Map.entry(Operation.CANDIDATE_READ, ALL),
            Map.entry(Operation.CANDIDATE_EDIT, EnumSet.of(Role.SECRETARY, Role.TRAINER)),
            Map.entry(Operation.PANEL_READ, ALL),
            Map.entry(Operation.PANEL_EDIT, EnumSet.of(Role.SECRETARY, Role.TRAINER)),
            Map.entry(Operation.OWN_SITTINGS_READ, EnumSet.of(Role.MEMBER, Role.TRAINEE)),
            Map.entry(Operation.CONFLICT_DECLARE, EnumSet.of(Role.SECRETARY, Role.MEMBER, Role.TRAINER, Role.TRAINEE)),
            Map.entry(Operation.INTERVIEW_READ, ALL),
            Map.entry(Operation.INTERVIEW_RUN, EnumSet.of(Role.SECRETARY, Role.TRAINER, Role.TRAINEE)),
            Map.entry(Operation.SCORE_ENTER, EnumSet.of(Role.SECRETARY, Role.MEMBER, Role.TRAINER, Role.TRAINEE)),
            Map.entry(Operation.VOTE_OWN, EnumSet.of(Role.MEMBER, Role.TRAINEE)),
            Map.entry(Operation.SCORE_TRANSCRIBE, EnumSet.of(Role.SECRETARY, Role.TRAINER)),
            Map.entry(Operation.INTERVIEW_REOPEN, EnumSet.of(Role.SECRETARY, Role.MEMBER, Role.TRAINER, Role.TRAINEE)),
            Map.entry(Operation.PACKAGE_EXPORT, EnumSet.of(Role.SECRETARY)),
            Map.entry(Operation.KEY_MANAGE, ADMIN),
            Map.entry(Operation.PACKAGE_IMPORT, EnumSet.of(Role.ADMINISTRATOR, Role.ANALYST)),
            Map.entry(Operation.IMPORTED_READ, EnumSet.of(Role.ADMINISTRATOR, Role.ANALYST)),
            Map.entry(Operation.REPORTS_READ, EnumSet.of(Role.ADMINISTRATOR, Role.ANALYST)),
            Map.entry(Operation.OWN_REPORTS_READ, EnumSet.of(Role.ADMINISTRATOR, Role.SECRETARY, Role.ANALYST)),
            Map.entry(Operation.RATER_STATS_READ, EnumSet.of(Role.ADMINISTRATOR, Role.SECRETARY, Role.MEMBER,
                    Role.ANALYST)),
            Map.entry(Operation.TRAINING_MANAGE, EnumSet.of(Role.TRAINER)),
            Map.entry(Operation.CALIBRATION_TAKE, EnumSet.complementOf(EnumSet.of(Role.ADMINISTRATOR, Role.ANALYST))),
            Map.entry(Operation.CALIBRATION_STATUS_READ, ALL));

    /** Each public service method and the operation it performs (the reads of a campaign: {@link PanelScopeTest}). */
    static final Map<String, Operation> RULES = Map.ofEntries(
            Map.entry("RubricService.list", Operation.RUBRIC_READ),
            Map.entry("RubricService.load", Operation.RUBRIC_READ),
            Map.entry("RubricService.isFrozen", Operation.RUBRIC_READ),
            Map.entry("RubricService.compare", Operation.RUBRIC_READ),
            Map.entry("RubricService.create", Operation.RUBRIC_EDIT),
            Map.entry("RubricService.save", Operation.RUBRIC_EDIT),
            Map.entry("RubricService.copy", Operation.RUBRIC_EDIT),
            Map.entry("RubricService.activate", Operation.RUBRIC_EDIT),
            Map.entry("RubricService.retire", Operation.RUBRIC_EDIT),
            Map.entry("RubricService.delete", Operation.RUBRIC_EDIT),
            Map.entry("RubricService.importFramework", Operation.RUBRIC_EDIT),
            Map.entry("RubricService.markUsed", Operation.RUBRIC_MARK_USED),
            Map.entry("OfficeService.office", Operation.OFFICE_READ),
            Map.entry("OfficeService.update", Operation.OFFICE_EDIT),
            Map.entry("OfficeService.legalBasis", Operation.OFFICE_READ),
            Map.entry("OfficeService.updateLegalBasis", Operation.OFFICE_EDIT),
            Map.entry("OfficeService.letterhead", Operation.OFFICE_READ),
            Map.entry("OfficeService.changeLetterhead", Operation.OFFICE_EDIT),
            Map.entry("AccountService.list", Operation.ACCOUNT_READ),
            Map.entry("AccountService.create", Operation.ACCOUNT_MANAGE),
            Map.entry("AccountService.createTrainee", Operation.TRAINEE_ACCOUNT_CREATE),
            Map.entry("AccountService.update", Operation.ACCOUNT_MANAGE),
            Map.entry("AccountService.resetPassword", Operation.ACCOUNT_MANAGE),
            Map.entry("AccountService.deactivate", Operation.ACCOUNT_MANAGE),
            Map.entry("AccountService.changeOwnPassword", Operation.OWN_PASSWORD),
            Map.entry("AuditService.verify", Operation.AUDIT_READ),
            Map.entry("AuditService.newest", Operation.AUDIT_READ),
            Map.entry("BackupService.backupNow", Operation.BACKUP_MANAGE),
            Map.entry("BackupService.list", Operation.BACKUP_MANAGE),
            Map.entry("BackupService.keptByServer", Operation.BACKUP_MANAGE),
            Map.entry("BackupService.folder", Operation.BACKUP_MANAGE),
            Map.entry("BackupService.restore", Operation.BACKUP_MANAGE),
            Map.entry("BackupService.backupToDrive", Operation.BACKUP_MANAGE),
            Map.entry("BackupService.backupIfDue", Operation.BACKUP_SCHEDULED),
            Map.entry("CampaignService.list", Operation.CAMPAIGN_READ),
            Map.entry("CampaignService.campaign", Operation.CAMPAIGN_READ),
            Map.entry("CampaignService.create", Operation.CAMPAIGN_EDIT),
            Map.entry("CampaignService.update", Operation.CAMPAIGN_EDIT),
            Map.entry("CampaignService.candidates", Operation.CANDIDATE_READ),
            Map.entry("CampaignService.addCandidate", Operation.CANDIDATE_EDIT),
            Map.entry("CampaignService.updateCandidate", Operation.CANDIDATE_EDIT),
            Map.entry("CampaignService.removeCandidate", Operation.CANDIDATE_EDIT),
            Map.entry("CampaignService.iins", Operation.CANDIDATE_EDIT),
            Map.entry("CampaignService.importCandidates", Operation.CANDIDATE_EDIT),
            Map.entry("PanelService.members", Operation.PANEL_READ),
            Map.entry("PanelService.close", Operation.PANEL_EDIT),
            Map.entry("PanelService.addMember", Operation.PANEL_EDIT),
            Map.entry("PanelService.updateMember", Operation.PANEL_EDIT),
            Map.entry("PanelService.removeMember", Operation.PANEL_EDIT),
            Map.entry("PanelService.declarations", Operation.PANEL_READ),
            Map.entry("PanelService.declare", Operation.CONFLICT_DECLARE),
            Map.entry("PanelService.sittings", Operation.PANEL_READ),
            Map.entry("PanelService.planSitting", Operation.PANEL_EDIT),
            Map.entry("PanelService.addSlot", Operation.PANEL_EDIT),
            Map.entry("PanelService.removeSlot", Operation.PANEL_EDIT),
            Map.entry("PanelService.markPresent", Operation.PANEL_EDIT),
            Map.entry("PanelService.agenda", Operation.PANEL_READ),
            Map.entry("PanelService.open", Operation.PANEL_EDIT),
            Map.entry("MySittingsService.mySittings", Operation.OWN_SITTINGS_READ),
            Map.entry("InterviewService.start", Operation.INTERVIEW_RUN),
            Map.entry("InterviewService.interviews", Operation.INTERVIEW_READ),
            Map.entry("InterviewService.startedAt", Operation.INTERVIEW_READ),
            Map.entry("InterviewService.questions", Operation.INTERVIEW_READ),
            Map.entry("InterviewService.guide", Operation.INTERVIEW_READ),
            Map.entry("InterviewService.raters", Operation.INTERVIEW_READ),
            Map.entry("InterviewService.panelNotes", Operation.INTERVIEW_READ),
            Map.entry("InterviewService.writePanelNote", Operation.INTERVIEW_RUN),
            Map.entry("InterviewService.dropQuestion", Operation.INTERVIEW_RUN),
            Map.entry("InterviewService.markAbsent", Operation.INTERVIEW_RUN),
            Map.entry("InterviewService.withdrawAbsence", Operation.INTERVIEW_RUN),
            Map.entry("TimerService.elapsed", Operation.INTERVIEW_READ),
            Map.entry("TimerService.save", Operation.INTERVIEW_RUN),
            Map.entry("GuideScriptService.scripts", Operation.OFFICE_READ),
            Map.entry("GuideScriptService.save", Operation.OFFICE_EDIT),
            Map.entry("ScoringService.unlock", Operation.SCORE_ENTER),
            Map.entry("ScoringService.openOwn", Operation.SCORE_ENTER),
            Map.entry("ScoringService.transcribe", Operation.SCORE_TRANSCRIBE),
            Map.entry("ScoringService.sheet", Operation.SCORE_ENTER),
            Map.entry("ScoringService.score", Operation.SCORE_ENTER),
            Map.entry("ScoringService.evidence", Operation.SCORE_ENTER),
            Map.entry("ScoringService.note", Operation.SCORE_ENTER),
            Map.entry("ScoringService.submit", Operation.SCORE_ENTER),
            Map.entry("ScoringService.countersign", Operation.SCORE_ENTER),
            Map.entry("ScoringService.close", Operation.SCORE_ENTER),
            Map.entry("DeliberationService.deliberation", Operation.INTERVIEW_READ),
            Map.entry("DeliberationService.discussed", Operation.INTERVIEW_RUN),
            Map.entry("DeliberationService.agree", Operation.INTERVIEW_RUN),
            Map.entry("DeliberationService.vote", Operation.INTERVIEW_RUN),
            Map.entry("DeliberationService.voteOwn", Operation.VOTE_OWN),
            Map.entry("DeliberationService.transcribeVote", Operation.SCORE_TRANSCRIBE),
            Map.entry("DeliberationService.openForDiscussion", Operation.INTERVIEW_RUN),
            Map.entry("DeliberationService.finalise", Operation.INTERVIEW_RUN),
            Map.entry("DeliberationService.reopen", Operation.INTERVIEW_REOPEN),
            Map.entry("ProtocolService.protocol", Operation.INTERVIEW_READ),
            Map.entry("CampaignResultsService.results", Operation.INTERVIEW_READ),
            Map.entry("ExportService.export", Operation.PACKAGE_EXPORT),
            Map.entry("ExportService.exports", Operation.PACKAGE_EXPORT),
            Map.entry("ExportService.publicKeyFile", Operation.OFFICE_READ),
            Map.entry("ExportService.exportUnencrypted", Operation.PACKAGE_EXPORT),
            Map.entry("ExportService.recipient", Operation.PACKAGE_EXPORT),
            Map.entry("CentralKeyService.ownKeyFile", Operation.IMPORTED_READ),
            Map.entry("CentralKeyService.makeOwnKey", Operation.KEY_MANAGE),
            Map.entry("CentralKeyService.recipient", Operation.OFFICE_READ),
            Map.entry("CentralKeyService.register", Operation.KEY_MANAGE),
            Map.entry("KeyRegistryService.keys", Operation.IMPORTED_READ),
            Map.entry("KeyRegistryService.register", Operation.KEY_MANAGE),
            Map.entry("KeyRegistryService.revoke", Operation.KEY_MANAGE),
            Map.entry("ImportService.verify", Operation.PACKAGE_IMPORT),
            Map.entry("ImportService.importPackages", Operation.PACKAGE_IMPORT),
            Map.entry("ImportService.packages", Operation.IMPORTED_READ),
            Map.entry("ImportService.campaigns", Operation.IMPORTED_READ),
            Map.entry("ImportService.campaignData", Operation.IMPORTED_READ),
            Map.entry("ReportService.values", Operation.REPORTS_READ),
            Map.entry("ReportService.outcomes", Operation.REPORTS_READ),
            Map.entry("ReportService.profiles", Operation.REPORTS_READ),
            Map.entry("ReportService.deliberation", Operation.REPORTS_READ),
            Map.entry("ReportService.candidates", Operation.REPORTS_READ),
            Map.entry("RaterStatisticsService.campaign", Operation.RATER_STATS_READ),
            Map.entry("RaterStatisticsService.imported", Operation.IMPORTED_READ),
            Map.entry("RaterStatisticsService.importedPanels", Operation.IMPORTED_READ),
            Map.entry("TrainingService.course", Operation.TRAINING_MANAGE),
            Map.entry("RoomService.certificate", Operation.INTERVIEW_RUN),
            Map.entry("RoomService.open", Operation.INTERVIEW_RUN),
            Map.entry("RoomService.closed", Operation.INTERVIEW_RUN),
            Map.entry("TrainingService.setRule", Operation.TRAINING_MANAGE),
            Map.entry("TrainingService.trainees", Operation.TRAINING_MANAGE),
            Map.entry("TrainingService.eligibleAccounts", Operation.TRAINING_MANAGE),
            Map.entry("TrainingService.addTrainee", Operation.TRAINING_MANAGE),
            Map.entry("TrainingService.removeTrainee", Operation.TRAINING_MANAGE),
            Map.entry("TrainingService.exercises", Operation.TRAINING_MANAGE),
            Map.entry("TrainingService.addExercises", Operation.TRAINING_MANAGE),
            Map.entry("TrainingService.setReference", Operation.TRAINING_MANAGE),
            Map.entry("TrainingService.adoptPanelMedian", Operation.TRAINING_MANAGE),
            Map.entry("TrainingService.results", Operation.TRAINING_MANAGE),
            Map.entry("TrainingService.exerciseSet", Operation.TRAINING_MANAGE),
            Map.entry("TrainingService.mediaFile", Operation.TRAINING_MANAGE),
            Map.entry("CalibrationService.myExercises", Operation.CALIBRATION_TAKE),
            Map.entry("CalibrationService.sheet", Operation.CALIBRATION_TAKE),
            Map.entry("CalibrationService.save", Operation.CALIBRATION_TAKE),
            Map.entry("CalibrationService.submit", Operation.CALIBRATION_TAKE),
            Map.entry("CalibrationService.feedback", Operation.CALIBRATION_TAKE),
            Map.entry("CalibrationService.myProgress", Operation.CALIBRATION_TAKE),
            Map.entry("CalibrationStatusService.calibratedWithin", Operation.CALIBRATION_STATUS_READ));

    @TempDir
    static Path temp;

    private static TestOffice office;

    @BeforeAll
    static void office() {
        office = TestOffice.create(temp.resolve("office"));
    }

    @AfterAll
    static void close() {
        office.close();
    }

    @Test
    void thePolicyInTheCodeIsThePolicyOfTheProduct() {
        for (Operation operation : Operation.values()) {
            assertEquals(POLICY.get(operation), operation.allowed(), operation.name());
        }
    }

    @Test
    void everyPublicServiceMethodHasARule() {
        Set<String> missing = new TreeSet<>();
        for (JavaClass service : serviceClasses()) {
            for (Method method : publicMethods(service.reflect())) {
                String name = service.getSimpleName() + "." + method.getName();
                if (!RULES.containsKey(name)) {
                    missing.add(name);
                }
            }
        }
        assertTrue(missing.isEmpty(), "public service methods without a rule: " + missing);
    }

    @Test
    void everyRoleIsRefusedExactlyWhatThePolicyRefuses() throws Exception {
        List<Object> services = List.of(office.services().rubric(), office.services().office(),
                office.services().accounts(), office.services().audit(), office.services().backups(),
                office.services().campaigns(), office.services().panels(), office.services().mySittings(),
                office.services().interviews(),
                office.services().scoring(), office.services().deliberation(), office.services().timers(),
                office.services().guideScripts(), office.services().protocols(),
                office.services().results(), office.services().exports(), office.services().keyRegistry(),
                office.services().centralKeys(), office.services().imports(), office.services().reports(), office.services().raterStatistics(),
                office.services().training(), office.services().calibration(), office.services().calibrationStatus(),
                office.services().room());
        assertEquals(serviceClasses().size(), services.size(), "every service class is exercised");
        List<String> wrong = new ArrayList<>();
        for (Object service : services) {
            for (Method method : publicMethods(service.getClass())) {
                Operation operation = RULES.get(service.getClass().getSimpleName() + "." + method.getName());
                for (Role role : Role.values()) {
                    office.actAs(new Account(office.admin().id(), "tester", "Tester", role, true, false));
                    boolean denied = deniedOn(service, method);
                    if (denied == operation.allows(role)) {
                        wrong.add(method.getName() + " as " + role + (denied ? " refused" : " allowed"));
                    }
                }
                office.services().access().signOut();
                if (!deniedOn(service, method)) {
                    wrong.add(method.getName() + " allowed with no one signed in");
                }
                office.actAs(new Account(office.admin().id(), "tester", "Tester", Role.ADMINISTRATOR, false, false));
                if (!deniedOn(service, method)) {
                    wrong.add(method.getName() + " allowed to a deactivated account");
                }
            }
        }
        office.actAsAdmin();
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theSigningKeyIsUnlockedOnlyForThoseWhoExport() {
        var keys = office.services().officeKeys();
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            office.actAs(new Account(office.admin().id(), "tester", "Tester", role, true, false));
            boolean denied;
            try {
                keys.unlock("nobody-here", "not a password".toCharArray());
                denied = false;
            } catch (AccessDeniedException e) {
                denied = true;
            } catch (kz.suhbat.exchange.SigningKeyRefusal e) {
                denied = false;
            }
            if (denied == Operation.PACKAGE_EXPORT.allows(role)) {
                wrong.add(role + (denied ? " refused" : " allowed"));
            }
        }
        office.actAsAdmin();
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** Calls with empty arguments: a refusal comes first; anything else (a missing argument) is not one. */
    private static boolean deniedOn(Object service, Method method) throws IllegalAccessException {
        Object[] args = Arrays.stream(method.getParameterTypes()).map(AccessPolicyTest::empty).toArray();
        try {
            method.invoke(service, args);
            return false;
        } catch (InvocationTargetException e) {
            return e.getCause() instanceof AccessDeniedException;
        }
    }

    private static Object empty(Class<?> type) {
        if (type == long.class) {
            return -1L;
        }
        if (type == int.class) {
            return -1;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char[].class) {
            return new char[0];
        }
        return null;
    }

    private static List<JavaClass> serviceClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.suhbat").stream()
                .filter(c -> c.getSimpleName().endsWith("Service") && !c.getPackageName().contains(".ui")
                        && c.getModifiers().contains(
                        com.tngtech.archunit.core.domain.JavaModifier.PUBLIC) && !c.isInterface())
                .toList();
    }

    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                        && !m.isSynthetic())
                .toList();
    }

    @Test
    void denialHappensBeforeAnythingIsStored() {
        office.actAs(new Account(office.admin().id(), "tester", "Tester", Role.MEMBER, true, false));
        try {
            office.services().rubric().copy(office.services().rubric().list().get(0).id(), "STOLEN");
            fail("a member copied a framework");
        } catch (AccessDeniedException expected) {
            // refused
        } finally {
            office.actAsAdmin();
        }
        assertTrue(office.services().rubric().list().stream().noneMatch(f -> f.code().equals("STOLEN")));
    }
}
