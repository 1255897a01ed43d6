package kz.suhbat.app;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.Function;
import kz.suhbat.analytics.FactReportStore;
import kz.suhbat.analytics.OwnCandidatesLoader;
import kz.suhbat.analytics.RaterStatisticsService;
import kz.suhbat.analytics.ReportService;
import kz.suhbat.analytics.db.JdbiRatingsStore;
import kz.suhbat.analytics.db.JdbiReportStore;
import kz.suhbat.audit.AuditKey;
import kz.suhbat.devices.MemberSeat;
import kz.suhbat.devices.MemberSignIn;
import kz.suhbat.devices.RoomService;
import kz.suhbat.devices.db.JdbiRoomCertificateStore;
import kz.suhbat.devices.web.RoomSwitch;
import kz.suhbat.exchange.CentralKeyService;
import kz.suhbat.exchange.db.JdbiCentralKeyRepository;
import kz.suhbat.security.AuditService;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.audit.SealedRecords;
import kz.suhbat.audit.TrailGuard;
import kz.suhbat.audit.TrailReport;
import kz.suhbat.audit.db.JdbiAuditKeys;
import kz.suhbat.audit.db.JdbiAuditRepository;
import kz.suhbat.backup.BackupService;
import kz.suhbat.campaign.CampaignService;
import kz.suhbat.campaign.db.JdbiCampaignRepository;
import kz.suhbat.common.Transactor;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.db.Database;
import kz.suhbat.common.db.DatabaseKey;
import kz.suhbat.common.db.JdbiTransactor;
import kz.suhbat.common.db.SchemaVersion;
import kz.suhbat.exchange.CampaignPacker;
import kz.suhbat.exchange.ExportService;
import kz.suhbat.exchange.ImportService;
import kz.suhbat.exchange.KeyRegistryService;
import kz.suhbat.exchange.OfficeKeys;
import kz.suhbat.exchange.db.JdbiCentralRepository;
import kz.suhbat.exchange.db.JdbiExportRepository;
import kz.suhbat.interview.DeliberationService;
import kz.suhbat.interview.GuideScriptService;
import kz.suhbat.interview.InterviewLookup;
import kz.suhbat.interview.InterviewRepository;
import kz.suhbat.interview.InterviewService;
import kz.suhbat.interview.MemberCredentials;
import kz.suhbat.interview.PasswordCheck;
import kz.suhbat.interview.ScoringService;
import kz.suhbat.interview.TimerService;
import kz.suhbat.interview.db.JdbiGuideScriptRepository;
import kz.suhbat.interview.db.JdbiInterviewRecords;
import kz.suhbat.interview.db.JdbiInterviewRepository;
import kz.suhbat.interview.db.JdbiTimerRepository;
import kz.suhbat.panel.MySittingsService;
import kz.suhbat.panel.PanelService;
import kz.suhbat.panel.db.JdbiMySittingsRepository;
import kz.suhbat.panel.db.JdbiPanelSeats;
import kz.suhbat.protocol.ProtocolService;
import kz.suhbat.protocol.db.JdbiProtocolRegister;
import kz.suhbat.results.CampaignResultsService;
import kz.suhbat.security.Authenticator;
import kz.suhbat.panel.db.JdbiPanelRepository;
import kz.suhbat.rubric.DemoFramework;
import kz.suhbat.rubric.FrameworkRepository;
import kz.suhbat.rubric.RubricService;
import kz.suhbat.rubric.db.JdbiFrameworkRepository;
import kz.suhbat.security.Access;
import kz.suhbat.security.CampaignScope;
import kz.suhbat.security.Account;
import kz.suhbat.security.AccountRepository;
import kz.suhbat.security.AccountService;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.KeyRotation;
import kz.suhbat.security.Keyring;
import kz.suhbat.security.OfficeRepository;
import kz.suhbat.security.OfficeService;
import kz.suhbat.security.OfficeSetup;
import kz.suhbat.security.Operation;
import kz.suhbat.security.db.JdbiAccountRepository;
import kz.suhbat.security.db.JdbiEarlierKeys;
import kz.suhbat.security.db.JdbiOfficeRepository;
import kz.suhbat.training.CalibrationService;
import kz.suhbat.training.CalibrationStatusService;
import kz.suhbat.training.CourseLookup;
import kz.suhbat.training.TrainingMedia;
import kz.suhbat.training.TrainingService;
import kz.suhbat.training.db.JdbiTrainingRepository;

/**
 * The composition root of everything below the screens: built on the worker thread once a password
 * has unlocked the database key. Every service checks the shared {@link Access} of the session.
 */
public final class Services implements AutoCloseable {

    private final Database database;
    private final Access access = new Access();
    private final AccountRepository accountRepository;
    private final OfficeRepository officeRepository;
    private final OfficeSetup setup;
    private final RubricService rubric;
    private final AccountService accounts;
    private final OfficeService office;
    private final AuditService audit;
    private final BackupService backups;
    private final CampaignService campaigns;
    private final PanelService panels;
    private final MySittingsService mySittings;
    private final InterviewRepository interviewRepository;
    private final InterviewService interviews;
    private final ScoringService scoring;
    private final DeliberationService deliberation;
    private final TimerService timers;
    private final RoomService room;
    private final RoomSwitch rooms;
    private final GuideScriptService guideScripts;
    private final ProtocolService protocols;
    private final CampaignResultsService results;
    private final OfficeKeys officeKeys;
    private final ExportService exports;
    private final KeyRegistryService keyRegistry;
    private final CentralKeyService centralKeys;
    private final ImportService imports;
    private final ReportService reports;
    private final ReportService ownReports;
    private final RaterStatisticsService raterStatistics;
    private final TrainingService training;
    private final CalibrationService calibration;
    private final CalibrationStatusService calibrationStatus;
    private final Clock clock;
    private final TrailGuard trailGuard;
    private final TrailReport trailReport;

    private Services(DataFolder folder, Database database, DatabaseKey key, Keyring keyring,
                     KeyDerivation derivation, Clock clock, SecureRandom random) {
        this.database = database;
        this.clock = clock;
        JdbiAuditRepository auditRepository = new JdbiAuditRepository(database.jdbi());
        AuditKey auditKey = JdbiAuditKeys.establish(database.jdbi(), key);
        SealedRecords interviewRecords = new JdbiInterviewRecords(database.jdbi());
        this.trailGuard = new TrailGuard(auditKey, auditRepository, interviewRecords, folder.path());
        Transactor transactor = new JdbiTransactor(database, trailGuard::committed);
        AuditTrail trail = new AuditTrail(auditRepository, clock, auditKey, interviewRecords, trailGuard::appended);
        this.trailReport = trailGuard.checkAtStart(trail, transactor,
                database.versionAtOpen() > 0 && database.versionAtOpen() < SchemaVersion.SEALED_TRAIL);
        FrameworkRepository frameworks = new JdbiFrameworkRepository(database.jdbi());
        this.accountRepository = new JdbiAccountRepository(database.jdbi());
        this.officeRepository = new JdbiOfficeRepository(database.jdbi());
        this.setup = new OfficeSetup(officeRepository, accountRepository, keyring, derivation, database::key, random,
                trail, transactor);
        this.rubric = new RubricService(access, frameworks, trail, transactor);
        JdbiEarlierKeys earlierKeys = new JdbiEarlierKeys(database.jdbi());
        this.accounts = new AccountService(access, accountRepository, keyring, derivation,
                new KeyRotation(database, earlierKeys, clock, keyring, random, trail, transactor), random, trail,
                transactor);
        this.office = new OfficeService(access, officeRepository, trail, transactor);
        this.audit = new AuditService(access, auditRepository, auditKey, interviewRecords);
        this.backups = new BackupService(access, database, earlierKeys::list, keyring, officeRepository,
                folder.backups(), clock);
        JdbiCampaignRepository campaignRepository = new JdbiCampaignRepository(database.jdbi());
        JdbiPanelSeats panelSeats = new JdbiPanelSeats(database.jdbi());
        CampaignScope scope = new CampaignScope(access, panelSeats);
        this.campaigns = new CampaignService(access, scope, campaignRepository, frameworks, trail, transactor);
        JdbiPanelRepository panelRepository = new JdbiPanelRepository(database.jdbi());
        this.panels = new PanelService(access, scope, panelRepository, campaignRepository, trail, transactor, clock);
        this.mySittings = new MySittingsService(access, new JdbiMySittingsRepository(database.jdbi()),
                panelRepository, campaignRepository, clock, java.time.ZoneId.systemDefault());
        this.interviewRepository = new JdbiInterviewRepository(database.jdbi());
        InterviewLookup lookup = new InterviewLookup(interviewRepository, campaignRepository, panelRepository,
                frameworks, scope);
        Authenticator authenticator = new Authenticator(keyring, derivation, clock, random);
        MemberCredentials members = new PasswordCheck(authenticator, accountRepository);
        this.interviews = new InterviewService(access, lookup, trail, transactor, clock);
        this.scoring = new ScoringService(access, lookup, members, accountRepository, trail, transactor, clock);
        this.deliberation = new DeliberationService(access, lookup, members, accountRepository, trail, transactor,
                clock);
        Function<Account, MemberSeat> seats = member -> {
            Access own = new Access();
            own.signIn(member);
            InterviewLookup ownLookup = new InterviewLookup(interviewRepository, campaignRepository, panelRepository,
                    frameworks, new CampaignScope(own, panelSeats));
            return new MemberSeat(member, new InterviewService(own, ownLookup, trail, transactor, clock),
                    new ScoringService(own, ownLookup, members, accountRepository, trail, transactor, clock),
                    new DeliberationService(own, ownLookup, members, accountRepository, trail, transactor, clock));
        };
        this.room = new RoomService(access, panels, new JdbiRoomCertificateStore(database.jdbi()), officeRepository,
                new MemberSignIn(authenticator, accountRepository), seats, trail, transactor, clock, random);
        this.rooms = new RoomSwitch(room, random);
        this.timers = new TimerService(access, lookup, new JdbiTimerRepository(database.jdbi()),
                database::syncToDisk);
        this.guideScripts = new GuideScriptService(access, new JdbiGuideScriptRepository(database.jdbi()),
                officeRepository, trail, transactor, clock);
        JdbiTrainingRepository trainingRepository = new JdbiTrainingRepository(database.jdbi());
        this.calibrationStatus = new CalibrationStatusService(access, trainingRepository);
        this.protocols = new ProtocolService(access, office, campaigns, panels, interviews, deliberation,
                calibrationStatus, new JdbiProtocolRegister(database.jdbi()), trail, transactor, clock);
        this.results = new CampaignResultsService(access, campaigns, panels, interviews, deliberation);
        JdbiExportRepository exportRepository = new JdbiExportRepository(database.jdbi());
        this.officeKeys = new OfficeKeys(access, exportRepository, officeRepository, accountRepository, keyring,
                authenticator, trail, transactor, clock, random);
        JdbiCentralKeyRepository centralKeyRepository = new JdbiCentralKeyRepository(database.jdbi());
        this.centralKeys = new CentralKeyService(access, office, centralKeyRepository, trail, transactor, clock);
        this.exports = new ExportService(access, office, officeKeys, centralKeyRepository,
                new CampaignPacker(campaigns, rubric, panels,
                results), panels, interviews, protocols, results, exportRepository, trail, transactor, clock);
        JdbiCentralRepository centralRepository = new JdbiCentralRepository(database.jdbi());
        this.keyRegistry = new KeyRegistryService(access, centralRepository, trail, transactor, clock);
        this.imports = new ImportService(access, centralRepository, centralKeyRepository, trail, transactor, clock);
        this.reports = new ReportService(access, new JdbiReportStore(database.jdbi()), Operation.REPORTS_READ);
        this.ownReports = new ReportService(access, new FactReportStore(new OwnCandidatesLoader(campaigns, results,
                rubric, office, clock)), Operation.OWN_REPORTS_READ);
        this.raterStatistics = new RaterStatisticsService(access, scope, new JdbiRatingsStore(database.jdbi()));
        CourseLookup courses = new CourseLookup(campaignRepository, frameworks, trainingRepository);
        TrainingMedia media = new TrainingMedia(folder.trainingMedia());
        this.training = new TrainingService(access, scope, courses, trainingRepository, accountRepository, media, trail,
                transactor, clock);
        this.calibration = new CalibrationService(access, courses, trainingRepository, media, trail, transactor, clock);
        DemoFramework.seedIfEmpty(frameworks, trail, transactor);
        officeKeys.ensure(null);
    }

    /**
     * Builds every service over {@code database}, opened with the office's key (closed again should that
     * fail), and stores the built-in framework.
     */
    public static Services open(DataFolder folder, Database database, Keyring keyring, KeyDerivation derivation,
                                Clock clock, SecureRandom random) {
        try {
            return new Services(folder, database, database.key(), keyring, derivation, clock, random);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public boolean opensWith(DatabaseKey other) {
        return database.key().equals(other);
    }

    public Access access() {
        return access;
    }

    public AccountRepository accountRepository() {
        return accountRepository;
    }

    public OfficeRepository officeRepository() {
        return officeRepository;
    }

    public OfficeSetup setup() {
        return setup;
    }

    public RubricService rubric() {
        return rubric;
    }

    public AccountService accounts() {
        return accounts;
    }

    public OfficeService office() {
        return office;
    }

    public AuditService audit() {
        return audit;
    }

    public BackupService backups() {
        return backups;
    }

    public CampaignService campaigns() {
        return campaigns;
    }

    public PanelService panels() {
        return panels;
    }

    public MySittingsService mySittings() {
        return mySittings;
    }

    /** The interviews' storage itself, for tests that the reveal rule holds there too. */
    public InterviewRepository interviewRepository() {
        return interviewRepository;
    }

    public InterviewService interviews() {
        return interviews;
    }

    public ScoringService scoring() {
        return scoring;
    }

    public DeliberationService deliberation() {
        return deliberation;
    }

    /** The members' devices of an open sitting. */
    public RoomService room() {
        return room;
    }

    /** The members' devices this laptop runs, for one open sitting at a time. */
    public RoomSwitch rooms() {
        return rooms;
    }

    public TimerService timers() {
        return timers;
    }

    public GuideScriptService guideScripts() {
        return guideScripts;
    }

    public ProtocolService protocols() {
        return protocols;
    }

    public CampaignResultsService results() {
        return results;
    }

    public OfficeKeys officeKeys() {
        return officeKeys;
    }

    public ExportService exports() {
        return exports;
    }

    public KeyRegistryService keyRegistry() {
        return keyRegistry;
    }

    public CentralKeyService centralKeys() {
        return centralKeys;
    }

    public ImportService imports() {
        return imports;
    }

    public ReportService reports() {
        return reports;
    }

    /** The same reports over this office's own campaigns. */
    public ReportService ownReports() {
        return ownReports;
    }

    public RaterStatisticsService raterStatistics() {
        return raterStatistics;
    }

    public TrainingService training() {
        return training;
    }

    public CalibrationService calibration() {
        return calibration;
    }

    public CalibrationStatusService calibrationStatus() {
        return calibrationStatus;
    }

    /** What the check of the audit trail found when the database was opened. */
    public TrailReport trailReport() {
        return trailReport;
    }

    @Override
    public void close() {
        rooms.close();
        access.signOut();
        trailGuard.close();
        database.close();
    }

    /** The time every service records by; views that show "now" read it too. */
    public Clock clock() {
        return clock;
    }
}
