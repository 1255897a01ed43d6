package kz.suhbat.analytics;

import kz.suhbat.common.i18n.Language;

/** A competency as the reports name it: its code and its name in each language. */
public record Competency(String code, String nameKk, String nameRu, String nameEn) {

    public String name(Language language) {
        String name = switch (language) {
            case KK -> nameKk;
            case RU -> nameRu;
            case EN -> nameEn;
        };
        return name == null || name.isBlank() ? (nameRu == null || nameRu.isBlank() ? code : nameRu) : name;
    }
}
