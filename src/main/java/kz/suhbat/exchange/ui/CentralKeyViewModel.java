package kz.suhbat.exchange.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.io.AtomicFiles;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.exchange.CentralKeyFile;
import kz.suhbat.exchange.CentralKeyService;
import kz.suhbat.exchange.CentralRecipient;
import kz.suhbat.exchange.KeyFiles;

/**
 * The keys that keep packages unreadable on the way, on the exchange page: the central office's key this
 * office's packages are encrypted for (registered from its file after a telephone check), and, at the
 * central office, its own key pair and the file to send to every office.
 */
public final class CentralKeyViewModel {

    private final CentralKeyService service;
    private final I18n i18n;
    private final ActionStatus status;
    private final boolean managesKeys;
    private final StringProperty recipient = new SimpleStringProperty("");
    private final StringProperty own = new SimpleStringProperty("");
    private final BooleanProperty hasOwnKey = new SimpleBooleanProperty(false);

    private record State(Optional<CentralRecipient> recipient, Optional<CentralKeyFile> own) {
    }

    public CentralKeyViewModel(CentralKeyService service, I18n i18n, ActionStatus status, boolean managesKeys) {
        this.service = service;
        this.i18n = i18n;
        this.status = status;
        this.managesKeys = managesKeys;
    }

    public boolean managesKeys() {
        return managesKeys;
    }

    public void refresh() {
        status.run(() -> new State(service.recipient(), service.ownKeyFile()), state -> {
            recipient.set(state.recipient().map(r -> i18n.format("centralKey.registered", r.officeName(),
                    r.shortFingerprint())).orElse(i18n.get("centralKey.none")));
            own.set(state.own().map(f -> i18n.format("centralKey.own", f.shortFingerprint()))
                    .orElse(i18n.get("centralKey.noOwn")));
            hasOwnKey.set(state.own().isPresent());
        });
    }

    /** Makes this office's key pair as a central office. */
    public void makeOwnKey() {
        status.run(service::makeOwnKey, file -> {
            status.succeeded(i18n.format("centralKey.made", file.shortFingerprint()));
            refresh();
        });
    }

    /** The name the central key's file is offered under. */
    public String ownKeyFileName() {
        return "central" + CentralKeyFile.EXTENSION;
    }

    /** Saves the central key's public half for the offices, which register it. */
    public void saveOwnKey(Path target) {
        status.run(() -> {
            CentralKeyFile file = service.ownKeyFile().orElseThrow();
            AtomicFiles.write(target, out -> out.write(file.toBytes()));
            return file;
        }, file -> status.succeeded(i18n.format("centralKey.saved", target, file.shortFingerprint())));
    }

    /** Reads the central office's key file, then hands it over to be confirmed before it is registered. */
    public void readKeyFile(Path file, Consumer<CentralKeyFile> confirm) {
        status.run(() -> KeyFiles.central(file), confirm);
    }

    public void register(CentralKeyFile file) {
        status.run(() -> service.register(file), registered -> {
            status.succeeded(i18n.format("centralKey.registeredNow", registered.officeName(),
                    registered.shortFingerprint()));
            refresh();
        });
    }

    public StringProperty recipientProperty() {
        return recipient;
    }

    public StringProperty ownProperty() {
        return own;
    }

    public BooleanProperty hasOwnKeyProperty() {
        return hasOwnKey;
    }
}
