package kz.suhbat.campaign.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.suhbat.campaign.Post;

/** A post as the campaign form edits it: its name and the position profile it is assessed on. */
public final class PostRow {

    private final long id;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ProfileChoice> profile = new SimpleObjectProperty<>();

    public PostRow(long id, String name, ProfileChoice profile) {
        this.id = id;
        this.name.set(name);
        this.profile.set(profile);
    }

    public long id() {
        return id;
    }

    public StringProperty nameProperty() {
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
