package kz.suhbat.campaign.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import kz.suhbat.campaign.Post;
import kz.suhbat.common.i18n.LocalizedText;

/** A post as the campaign form edits it: its name in the three languages and the position profile it is assessed on. */
public final class PostRow {

    private final long id;
    private final ObjectProperty<LocalizedText> name = new SimpleObjectProperty<>(LocalizedText.of("", "", ""));
    private final ObjectProperty<ProfileChoice> profile = new SimpleObjectProperty<>();

    public PostRow(long id, LocalizedText name, ProfileChoice profile) {
        this.id = id;
        this.name.set(name);
        this.profile.set(profile);
    }

    public long id() {
        return id;
    }

    public ObjectProperty<LocalizedText> nameProperty() {
        return name;
    }

    public ObjectProperty<ProfileChoice> profileProperty() {
        return profile;
    }

    Post toPost() {
        ProfileChoice chosen = profile.get();
        return new Post(id, name.get(), chosen == null ? "" : chosen.profileCode());
    }
}
