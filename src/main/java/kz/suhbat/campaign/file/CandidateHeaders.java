package kz.suhbat.campaign.file;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The header names candidate lists usually have in Kazakh, Russian and English, and their fields. */
final class CandidateHeaders {

    private static final Pattern IN_BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Map<String, CandidateField> NAMES = new HashMap<>();

    static {
        names(CandidateField.LAST_NAME, "Тегі", "Тек", "Фамилия", "Фамилия кандидата", "Last name", "Lastname",
                "Surname", "Family name");
        names(CandidateField.FIRST_NAME, "Аты", "Есімі", "Есім", "Имя", "Имя кандидата", "First name",
                "Firstname", "Given name");
        names(CandidateField.MIDDLE_NAME, "Әкесінің аты", "Әкесінің есімі", "Әкесінің аты (бар болса)",
                "Отчество", "Отчество (при наличии)", "Middle name", "Patronymic");
        names(CandidateField.IIN, "ЖСН", "ИИН", "IIN", "Жеке сәйкестендіру нөмірі",
                "Индивидуальный идентификационный номер", "Individual identification number");
        names(CandidateField.POST, "Лауазым", "Лауазымы", "Лауазым атауы", "Должность",
                "Наименование должности", "Претендуемая должность", "Post", "Position", "Job title");
    }

    private CandidateHeaders() {
    }

    private static void names(CandidateField field, String... names) {
        for (String name : List.of(names)) {
            NAMES.put(normalize(name), field);
        }
    }

    /** The field a column with this header most likely holds. */
    static Optional<CandidateField> fieldOf(String header) {
        String key = normalize(header);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(NAMES.get(key));
    }

    /**
     * The header as compared: lower case, without remarks in brackets or punctuation, and with the
     * Kazakh letter і and the Latin i taken as one (both are typed for it).
     */
    static String normalize(String header) {
        String text = IN_BRACKETS.matcher(header == null ? "" : header).replaceAll(" ");
        text = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('\u0456', 'i');
        return NOT_LETTERS.matcher(text).replaceAll(" ").strip();
    }
}
