package kz.suhbat.common.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The one localization facade: the current language and its message bundle
 * ({@code kz/suhbat/i18n/messages_{kk,ru,en}.properties}, dotted keys). There is no base bundle and
 * no fallback, so a key missing in one language shows as {@code !key!} and the bundle test fails.
 */
public final class I18n {

    public static final String BUNDLE = "kz.suhbat.i18n.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<Consumer<Language>> listeners = new CopyOnWriteArrayList<>();
    private volatile Language language;
    private volatile ResourceBundle bundle;

    public I18n(Language language) {
        setLanguage(language);
    }

    public static ResourceBundle bundleFor(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK);
    }

    public Language language() {
        return language;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public void setLanguage(Language newLanguage) {
        if (newLanguage == language) {
            return;
        }
        this.bundle = bundleFor(newLanguage);
        this.language = newLanguage;
        listeners.forEach(listener -> listener.accept(newLanguage));
    }

    public void onLanguageChange(Consumer<Language> listener) {
        listeners.add(listener);
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... arguments) {
        MessageFormat format = new MessageFormat(get(key), language.locale());
        return format.format(arguments);
    }

    /**
     * A name kept in several languages (a campaign's title, a post, an organisation) in the current
     * language; while that language is missing, in the other working language.
     */
    public String name(LocalizedText text) {
        return text.inOrElse(language);
    }

    /** A text of the domain in the current language. */
    public String text(LocalizedText text) {
        return text.in(language);
    }
}
