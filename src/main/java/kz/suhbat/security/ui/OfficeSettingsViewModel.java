package kz.suhbat.security.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.security.AccountException;
import kz.suhbat.security.LegalBasis;
import kz.suhbat.security.Letterhead;
import kz.suhbat.security.Office;
import kz.suhbat.security.OfficeService;
import kz.suhbat.security.Region;
import org.slf4j.LoggerFactory;

/**
 * The office's details and security settings, as the administrator edits them, and what its protocols
 * print: the issuing body's full name and city in three languages (a missing Kazakh or Russian name is
 * pointed out), the letterhead and the legal basis per type of campaign. Nothing is stored before Save.
 */
public final class OfficeSettingsViewModel {

    private static final LocalizedText EMPTY = LocalizedText.of("", "", "");

    private final OfficeService offices;
    private final I18n i18n;
    private final Consumer<Office> onSaved;
    private final List<String> campaignTypes;
    private final ObjectProperty<LocalizedText> name = new SimpleObjectProperty<>(EMPTY);
    private final ObjectProperty<LocalizedText> city = new SimpleObjectProperty<>(EMPTY);
    private final StringProperty code = new SimpleStringProperty("");
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>();
    private final IntegerProperty lockMinutes = new SimpleIntegerProperty(Office.DEFAULT_LOCK_MINUTES);
    private final IntegerProperty backupHours = new SimpleIntegerProperty(Office.DEFAULT_BACKUP_HOURS);
    private final IntegerProperty backupsKept = new SimpleIntegerProperty(Office.DEFAULT_BACKUPS_KEPT);
    private final Map<String, ObjectProperty<LocalizedText>> legalBasis = new LinkedHashMap<>();
    private final ObjectProperty<Letterhead> letterhead = new SimpleObjectProperty<>();
    private final StringBinding missingName;
    private final ActionStatus status;

    /**
     * {@code campaignTypes} are the names of the campaign types a legal basis is kept for; {@code onSaved}
     * hears of every saved change (the idle lock follows the new time at once).
     */
    public OfficeSettingsViewModel(OfficeService offices, TaskExecutor executor, I18n i18n, List<String> campaignTypes,
                                   Consumer<Office> onSaved) {
        this.offices = offices;
        this.i18n = i18n;
        this.campaignTypes = List.copyOf(campaignTypes);
        this.status = new ActionStatus(executor, failure -> ErrorText.of(failure, i18n));
        this.onSaved = onSaved;
        campaignTypes.forEach(type -> legalBasis.put(type, new SimpleObjectProperty<>(EMPTY)));
        missingName = Bindings.createStringBinding(() -> missingNameText(name.get()), name);
    }

    public void load() {
        status.run(() -> new Stored(offices.office(), offices.legalBasis(), offices.letterhead()), this::show);
    }

    /** Reads an image file as the new letterhead (stored with Save); a wrong file is refused with why. */
    public void chooseLetterhead(Path file) {
        status.run(() -> Letterhead.of(read(file)), letterhead::set);
    }

    public void removeLetterhead() {
        letterhead.set(null);
    }

    public void save() {
        Office changed;
        LegalBasis basis;
        try {
            changed = new Office(name.get(), city.get(), code.get().strip(), region.get(), lockMinutes.get(),
                    backupHours.get(), backupsKept.get());
            Map<String, LocalizedText> texts = new LinkedHashMap<>();
            legalBasis.forEach((type, text) -> texts.put(type, text.get()));
            basis = new LegalBasis(texts);
        } catch (RuntimeException e) {
            status.failed(e);
            return;
        }
        Optional<Letterhead> image = Optional.ofNullable(letterhead.get());
        status.run(() -> {
            offices.update(changed);
            offices.updateLegalBasis(basis);
            offices.changeLetterhead(image);
            return changed;
        }, saved -> {
            status.succeeded(i18n.get("office.saved"));
            onSaved.accept(saved);
        });
    }

    /** The text the protocol prints for {@code campaignType} in {@code language} when the office gives none. */
    public String builtInBasis(String campaignType, Language language) {
        return I18n.bundleFor(language).getString("protocol.basis." + campaignType);
    }

    private static byte[] read(Path file) {
        try {
            if (Files.size(file) > Letterhead.MAX_BYTES) {
                throw new AccountException(AccountException.Reason.LETTERHEAD_TOO_LARGE);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            // gone, unreadable, or a stick pulled out while choosing: said in words, the letterhead unchanged
            LoggerFactory.getLogger(OfficeSettingsViewModel.class).warn("Letterhead {} could not be read", file, e);
            throw new AccountException(AccountException.Reason.LETTERHEAD_UNREADABLE);
        }
    }

    private String missingNameText(LocalizedText text) {
        StringBuilder missing = new StringBuilder();
        for (Language language : List.of(Language.KK, Language.RU)) {
            if (text != null && text.isMissingIn(language)) {
                missing.append(missing.length() == 0 ? "" : " ").append(i18n.get("office.missingName."
                        + language.name()));
            }
        }
        return missing.toString();
    }

    private void show(Stored stored) {
        Office office = stored.office();
        name.set(office.name());
        city.set(office.city());
        code.set(office.code());
        region.set(office.region());
        lockMinutes.set(office.lockAfterMinutes());
        backupHours.set(office.backupEveryHours());
        backupsKept.set(office.backupsKept());
        legalBasis.forEach((type, text) -> text.set(stored.basis().of(type)));
        letterhead.set(stored.letterhead().orElse(null));
    }

    private record Stored(Office office, LegalBasis basis, Optional<Letterhead> letterhead) {
    }

    public List<String> campaignTypes() {
        return campaignTypes;
    }

    public ObjectProperty<LocalizedText> legalBasisProperty(String campaignType) {
        return legalBasis.get(campaignType);
    }

    public ObjectProperty<LocalizedText> nameProperty() {
        return name;
    }

    public ObjectProperty<LocalizedText> cityProperty() {
        return city;
    }

    /** What the office screen says about a body name missing in Kazakh or Russian; empty when none is. */
    public StringBinding missingNameProperty() {
        return missingName;
    }

    public ObjectProperty<Letterhead> letterheadProperty() {
        return letterhead;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
    }

    public IntegerProperty lockMinutesProperty() {
        return lockMinutes;
    }

    public IntegerProperty backupHoursProperty() {
        return backupHours;
    }

    public IntegerProperty backupsKeptProperty() {
        return backupsKept;
    }

    public ActionStatus status() {
        return status;
    }
}
