package kz.suhbat.app;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.security.AccountException;
import kz.suhbat.security.Office;
import kz.suhbat.security.OfficeSetup;
import kz.suhbat.security.Region;

/** The first start: the office's details and its first administrator. */
final class SetupViewModel {

    private final Entrance entrance;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final boolean earlierData;
    private final Consumer<Entrance.Outcome.SignedIn> onDone;
    private final ObjectProperty<LocalizedText> officeName = new SimpleObjectProperty<>(LocalizedText.of("", "", ""));
    private final ObjectProperty<LocalizedText> officeCity = new SimpleObjectProperty<>(LocalizedText.of("", "", ""));
    private final StringProperty officeCode = new SimpleStringProperty("");
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>();
    private final StringProperty adminName = new SimpleStringProperty("");
    private final StringProperty adminLogin = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    SetupViewModel(Entrance entrance, TaskExecutor executor, I18n i18n, boolean earlierData,
                   Consumer<Entrance.Outcome.SignedIn> onDone) {
        this.entrance = entrance;
        this.executor = executor;
        this.i18n = i18n;
        this.earlierData = earlierData;
        this.onDone = onDone;
    }

    void setUp() {
        if (busy.get()) {
            return;
        }
        Office office;
        OfficeSetup.FirstAdministrator admin = new OfficeSetup.FirstAdministrator(adminLogin.get(), adminName.get(),
                password.get().toCharArray(), repeated.get().toCharArray());
        try {
            office = office();
            OfficeSetup.check(admin);
        } catch (AccountException e) {
            message.set(i18n.get("account.error." + e.reason().name()));
            return;
        } catch (IllegalArgumentException e) {
            message.set(i18n.get(e.getMessage()));
            return;
        }
        message.set("");
        busy.set(true);
        executor.run(() -> entrance.setUp(office, admin), services -> {
            busy.set(false);
            password.set("");
            repeated.set("");
            onDone.accept(new Entrance.Outcome.SignedIn(services, services.access().current().orElseThrow()));
        }, failure -> {
            busy.set(false);
            message.set(i18n.format("setup.failed", String.valueOf(failure.getMessage())));
        });
    }

    private Office office() {
        LocalizedText name = officeName.get();
        if (name.isMissingIn(Language.KK) && name.isMissingIn(Language.RU)) {
            throw new IllegalArgumentException("setup.error.officeName");
        }
        if (name.isMissingIn(Language.KK) || name.isMissingIn(Language.RU)) {
            throw new IllegalArgumentException("setup.error.officeNameLanguages");
        }
        if (!Office.validCode(officeCode.get().strip())) {
            throw new IllegalArgumentException("setup.error.officeCode");
        }
        if (region.get() == null) {
            throw new IllegalArgumentException("setup.error.region");
        }
        return Office.withDefaults(name, officeCity.get(), officeCode.get().strip(), region.get());
    }

    boolean earlierData() {
        return earlierData;
    }

    ObjectProperty<LocalizedText> officeNameProperty() {
        return officeName;
    }

    ObjectProperty<LocalizedText> officeCityProperty() {
        return officeCity;
    }

    StringProperty officeCodeProperty() {
        return officeCode;
    }

    ObjectProperty<Region> regionProperty() {
        return region;
    }

    StringProperty adminNameProperty() {
        return adminName;
    }

    StringProperty adminLoginProperty() {
        return adminLogin;
    }

    StringProperty passwordProperty() {
        return password;
    }

    StringProperty repeatedProperty() {
        return repeated;
    }

    StringProperty messageProperty() {
        return message;
    }

    BooleanProperty busyProperty() {
        return busy;
    }
}
