package kz.suhbat.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.common.Progress;
import kz.suhbat.common.Transactor;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.io.AtomicFiles;
import kz.suhbat.common.sheet.CsvSeparator;
import kz.suhbat.interview.InterviewService;
import kz.suhbat.panel.PanelService;
import kz.suhbat.panel.Sitting;
import kz.suhbat.protocol.ProtocolService;
import kz.suhbat.protocol.pdf.ProtocolPdf;
import kz.suhbat.results.CampaignResultsService;
import kz.suhbat.results.ResultsTable;
import kz.suhbat.results.file.ResultsCsv;
import kz.suhbat.results.file.ResultsXlsx;
import kz.suhbat.security.Access;
import kz.suhbat.security.Account;
import kz.suhbat.security.Office;
import kz.suhbat.security.OfficeService;
import kz.suhbat.security.Operation;
import org.slf4j.LoggerFactory;

/**
 * Exports a campaign to a folder, typically a USB stick: its data, the protocols of its sittings and
 * the results spreadsheet, in one signed package. The package is written under a new name and never
 * over anything, read back and verified; only then is the export recorded. A failed write leaves the
 * database as it was, so the export can simply be repeated.
 */
public final class ExportService {

    /** The steps {@link Progress} counts. */
    private static final int STEPS = 5;

    private final Access access;
    private final OfficeService offices;
    private final OfficeKeys keys;
    private final CentralKeyRepository centralKeys;
    private final CampaignPacker packer;
    private final PanelService panels;
    private final InterviewService interviews;
    private final ProtocolService protocols;
    private final CampaignResultsService results;
    private final ExportRepository repository;
    private final AuditTrail audit;
    private final Transactor transactor;
    private final java.time.Clock clock;

    public ExportService(Access access, OfficeService offices, OfficeKeys keys, CentralKeyRepository centralKeys,
                         CampaignPacker packer,
                         PanelService panels, InterviewService interviews, ProtocolService protocols,
                         CampaignResultsService results, ExportRepository repository, AuditTrail audit,
                         Transactor transactor, java.time.Clock clock) {
        this.access = access;
        this.offices = offices;
        this.keys = keys;
        this.centralKeys = centralKeys;
        this.packer = packer;
        this.panels = panels;
        this.interviews = interviews;
        this.protocols = protocols;
        this.results = results;
        this.repository = repository;
        this.audit = audit;
        this.transactor = transactor;
        this.clock = clock;
    }

    /**
     * Writes the campaign's package into {@code folder}, signed with {@code key} (unlocked by an
     * administrator: {@link OfficeKeys#unlock}) and encrypted for the central office's registered key;
     * documents are in {@code language}. Refused while no central key is registered
     * ({@link ExchangeRefusal.Reason#NO_CENTRAL_KEY}): the secretary must then choose
     * {@link #exportUnencrypted}, knowing that anyone who finds the stick can read it.
     */
    public ExportReceipt export(long campaignId, Path folder, Language language, SigningKey key, Progress progress) {
        Account account = access.require(Operation.PACKAGE_EXPORT);
        CentralRecipient recipient = centralKeys.recipient()
                .orElseThrow(() -> new ExchangeRefusal(ExchangeRefusal.Reason.NO_CENTRAL_KEY));
        return write(account, campaignId, folder, language, key, Optional.of(recipient), progress);
    }

    /**
     * Writes the package unencrypted: only for an office that has no central key registered yet, once the
     * secretary has confirmed that anyone who finds the stick can read it. The export's record in the
     * audit trail says it was unencrypted.
     */
    public ExportReceipt exportUnencrypted(long campaignId, Path folder, Language language, SigningKey key,
                                           Progress progress) {
        Account account = access.require(Operation.PACKAGE_EXPORT);
        if (centralKeys.recipient().isPresent()) {
            return export(campaignId, folder, language, key, progress);
        }
        return write(account, campaignId, folder, language, key, Optional.empty(), progress);
    }

    /** The central office's key packages are encrypted for, if one is registered. */
    public Optional<CentralRecipient> recipient() {
        access.require(Operation.PACKAGE_EXPORT);
        return centralKeys.recipient();
    }

    private ExportReceipt write(Account account, long campaignId, Path folder, Language language, SigningKey key,
                                Optional<CentralRecipient> recipient, Progress progress) {
        if (!java.nio.file.Files.isDirectory(folder)) {
            // Refused before anything is made: producing the protocols would give them their numbers.
            throw new ExchangeRefusal(ExchangeRefusal.Reason.WRITE_FAILED, folder, "not a folder");
        }
        progress.report(0, STEPS);
        PackageData data = packer.pack(campaignId);
        List<PackageWriter.Entry> entries = new ArrayList<>();
        entries.add(new PackageWriter.Entry(PackageFormat.DATA, data.toJson()));
        progress.report(1, STEPS);
        entries.addAll(documents(campaignId, language));
        progress.report(2, STEPS);

        Office office = offices.office();
        long sequence = repository.lastSequence() + 1;
        String packageId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Manifest metadata = new Manifest(PackageFormat.VERSION, packageId, office.code(), sequence, now.toString(),
                audit.head(), audit.length(), key.fingerprint(), campaignId, data.campaign().title(), null, List.of());
        PackageWriter.SignedPackage signed = PackageWriter.sign(metadata, entries, recipient, key.privateKey());
        Path target = folder.resolve(fileName(office.code(), campaignId, sequence, packageId));
        try {
            byte[] bytes = signed.toBytes(now, key.privateKey());
            AtomicFiles.writeNew(target, out -> out.write(bytes));
        } catch (IOException e) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.WRITE_FAILED, folder, String.valueOf(e.getMessage()));
        }
        progress.report(3, STEPS);

        readBack(target, key, signed.manifestSha256());
        progress.report(4, STEPS);
        ExportRecord record = new ExportRecord(sequence, packageId, campaignId, target.getFileName().toString(),
                signed.manifestSha256(), account.id(), now);
        Map<String, Object> trailed = new LinkedHashMap<>();
        trailed.put("export", record);
        trailed.put("encryptedFor", recipient.map(CentralRecipient::fingerprint).orElse("none: unencrypted"));
        transactor.run(() -> {
            repository.recordExport(record);
            audit.record(account, AuditAction.PACKAGE_EXPORT, "campaign", campaignId, null, trailed);
        });
        progress.report(STEPS, STEPS);
        return new ExportReceipt(target, sequence, packageId, data.candidates().size(), data.scoreCount(), recipient);
    }

    /** This office's public key as a file for the central office to register. */
    public OfficeKeyFile publicKeyFile() {
        access.require(Operation.OFFICE_READ);
        return OfficeKeyFile.of(offices.office(), keys.publicHalf());
    }

    /** The packages written for the campaign so far. */
    public List<ExportRecord> exports(long campaignId) {
        access.require(Operation.PACKAGE_EXPORT);
        return repository.exports(campaignId);
    }

    static String fileName(String officeCode, long campaignId, long sequence, String packageId) {
        return String.format("%s-%d-%06d-%s%s", officeCode, campaignId, sequence, packageId.substring(0, 8),
                PackageFormat.EXTENSION);
    }

    private List<PackageWriter.Entry> documents(long campaignId, Language language) {
        I18n i18n = new I18n(language);
        List<PackageWriter.Entry> documents = new ArrayList<>();
        try {
            for (Sitting sitting : panels.sittings(campaignId)) {
                if (!interviews.interviews(sitting.id()).isEmpty()) {
                    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                    new ProtocolPdf(language).write(protocols.protocol(sitting.id()), pdf);
                    documents.add(new PackageWriter.Entry(PackageFormat.PROTOCOL_PREFIX + sitting.date()
                            + "-" + sitting.id() + ".pdf", pdf.toByteArray()));
                }
            }
            ResultsTable table = ResultsTable.of(results.results(campaignId), i18n);
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            ResultsXlsx.write(table, i18n.get("results.sheet"), xlsx);
            documents.add(new PackageWriter.Entry(PackageFormat.RESULTS_XLSX, xlsx.toByteArray()));
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            ResultsCsv.write(table, CsvSeparator.defaultFor(language), csv);
            documents.add(new PackageWriter.Entry(PackageFormat.RESULTS_CSV, csv.toByteArray()));
        } catch (IOException e) {
            throw new IllegalStateException("A document could not be made in memory", e);
        }
        return documents;
    }

    /**
     * Reads the package back from the folder and verifies it with this office's own key; a package that
     * does not verify is removed, so no one carries it away.
     */
    private void readBack(Path target, SigningKey key, String manifestSha256) {
        RegisteredKey own = new RegisteredKey(key.fingerprint(), offices.office().code(), offices.office().primaryName(),
                offices.office().region().name(), key.publicKey(), key.createdAt(), Optional.empty());
        try {
            VerifiedPackage verified = PackageReader.verifyStored(target, fingerprint ->
                    fingerprint.equals(own.fingerprint()) ? Optional.of(own) : Optional.empty());
            if (!verified.manifestSha256().equals(manifestSha256)) {
                throw new ExchangeRefusal(ExchangeRefusal.Reason.FILE_CHANGED, PackageFormat.MANIFEST);
            }
        } catch (ExchangeRefusal e) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // The stick is gone; the message below says the export must be repeated.
            }
            LoggerFactory.getLogger(ExportService.class).warn("The package {} read back refused: {}", target,
                    e.reason());
            throw new ExchangeRefusal(ExchangeRefusal.Reason.READBACK_FAILED, target.getFileName());
        }
    }
}
