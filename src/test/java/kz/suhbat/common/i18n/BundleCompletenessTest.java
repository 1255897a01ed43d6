package kz.suhbat.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.suhbat.rubric.FrameworkStatus;
import kz.suhbat.rubric.PostGroup;
import kz.suhbat.rubric.QuestionKind;
import org.junit.jupiter.api.Test;

/** Every text a user can see exists, non-empty, in Kazakh, Russian and English. */
class BundleCompletenessTest {

    private static final Path BUNDLES = Path.of("src/main/resources/kz/suhbat/i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Properties bundle(Language language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve("messages_" + language.code() + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyLanguageHasEveryKeyWithText() throws IOException {
        Set<String> english = bundle(Language.EN).stringPropertyNames();
        for (Language language : Language.values()) {
            Properties properties = bundle(language);
            assertEquals(new TreeSet<>(english), new TreeSet<>(properties.stringPropertyNames()),
                    "keys of messages_" + language.code());
            for (String key : english) {
                assertTrue(!properties.getProperty(key).isBlank(), key + " is empty in " + language.code());
            }
        }
    }

    @Test
    void translationsKeepTheSamePlaceholders() throws IOException {
        Properties english = bundle(Language.EN);
        for (Language language : Language.values()) {
            Properties properties = bundle(language);
            for (String key : english.stringPropertyNames()) {
                assertEquals(placeholders(english.getProperty(key)), placeholders(properties.getProperty(key)),
                        "placeholders of " + key + " in " + language.code());
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void everyKeyUsedInViewsAndCodeExists() throws IOException {
        Set<String> keys = bundle(Language.EN).stringPropertyNames();
        List<String> missing = new ArrayList<>();
        Pattern fxmlKey = Pattern.compile("\"%([a-zA-Z0-9_.]+)\"");
        Pattern codeKey = Pattern.compile("(?:\\.get|\\.format)\\(\"([a-z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                Pattern pattern = name.endsWith(".fxml") ? fxmlKey : name.endsWith(".java") ? codeKey : null;
                if (pattern == null) {
                    continue;
                }
                Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(file.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyEnumShownToUsersHasItsLabel() throws IOException {
        Set<String> keys = bundle(Language.EN).stringPropertyNames();
        for (FrameworkStatus status : FrameworkStatus.values()) {
            assertTrue(keys.contains("rubric.status." + status.name()), status.name());
        }
        for (QuestionKind kind : QuestionKind.values()) {
            assertTrue(keys.contains("rubric.kind." + kind.name()), kind.name());
        }
        for (kz.suhbat.rubric.Polarity polarity : kz.suhbat.rubric.Polarity.values()) {
            assertTrue(keys.contains("rubric.polarity." + polarity.name()), polarity.name());
        }
        for (kz.suhbat.rubric.RubricException.Reason reason : kz.suhbat.rubric.RubricException.Reason.values()) {
            assertTrue(keys.contains("rubric.error." + reason.name()), reason.name());
        }
        for (kz.suhbat.rubric.Difference.Kind kind : kz.suhbat.rubric.Difference.Kind.values()) {
            assertTrue(keys.contains("rubric.diff." + kind.name()), kind.name());
        }
        for (kz.suhbat.common.db.DatabaseOpenException.Reason reason
                : kz.suhbat.common.db.DatabaseOpenException.Reason.values()) {
            assertTrue(keys.contains("startup.db." + reason.name()), reason.name());
        }
        for (kz.suhbat.rubric.Corps corps : kz.suhbat.rubric.Corps.values()) {
            assertTrue(keys.contains("rubric.corps." + corps.name()), corps.name());
        }
        for (PostGroup group : PostGroup.values()) {
            assertTrue(keys.contains("rubric.postGroup." + group.name()), group.name());
        }
        labelled(keys, "role.", kz.suhbat.security.Role.values());
        labelled(keys, "startup.keyring.", kz.suhbat.security.KeyringException.Reason.values());
        kz.suhbat.security.ui.AuditTrailView.ENTITY_TYPES.forEach(
                type -> assertTrue(keys.contains("audit.entityType." + type), type));
        labelled(keys, "region.", kz.suhbat.security.Region.values());
        labelled(keys, "account.error.", kz.suhbat.security.AccountException.Reason.values());
        labelled(keys, "backup.error.", kz.suhbat.backup.BackupException.Reason.values());
        labelled(keys, "audit.problem.", kz.suhbat.audit.AuditVerification.Problem.values());
        labelled(keys, "audit.action.", kz.suhbat.audit.AuditAction.values());
        labelled(keys, "campaign.error.", kz.suhbat.campaign.CampaignException.Reason.values());
        labelled(keys, "interview.error.", kz.suhbat.interview.InterviewException.Reason.values());
        labelled(keys, "outcome.", kz.suhbat.scoring.Outcome.values());
        labelled(keys, "gap.", kz.suhbat.interview.Gap.Kind.values());
        labelled(keys, "sheet.state.", kz.suhbat.interview.ui.SheetRow.State.values());
        labelled(keys, "exchange.refusal.", kz.suhbat.exchange.ExchangeRefusal.Reason.values());
        java.util.EnumSet.complementOf(java.util.EnumSet.of(kz.suhbat.interview.ui.Step.Kind.COMPETENCY))
                .forEach(kind -> assertTrue(keys.contains("guide.step." + kind.name()), kind.name()));
        Set<String> forms = java.util.EnumSet.complementOf(java.util.EnumSet.of(
                kz.suhbat.security.ui.AccountsViewModel.Form.NONE)).stream().map(Enum::name)
                .collect(java.util.stream.Collectors.toSet());
        forms.forEach(form -> assertTrue(keys.contains("accounts.form." + form), form));
    }

    private static void labelled(Set<String> keys, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            assertTrue(keys.contains(prefix + value.name()), prefix + value.name());
        }
    }

    @Test
    void theFacadeReadsEachLanguageFromItsOwnBundle() {
        I18n i18n = new I18n(Language.KK);
        assertEquals("Құзыреттілік шеңберлері", i18n.get("nav.frameworks"));
        i18n.setLanguage(Language.RU);
        assertEquals("Рамки компетенций", i18n.get("nav.frameworks"));
        i18n.setLanguage(Language.EN);
        assertEquals("Competency frameworks", i18n.get("nav.frameworks"));
        assertEquals("!no.such.key!", i18n.get("no.such.key"));
    }
}
