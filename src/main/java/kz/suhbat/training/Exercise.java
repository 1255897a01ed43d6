package kz.suhbat.training;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.suhbat.common.i18n.LocalizedText;

/**
 * A calibration exercise: a recorded or scripted answer to one question of a framework ({@code questionNumber}
 * counts from 1 within the competency {@code competencyCode}), its transcript, optionally an audio or video
 * file ({@code media}: a plain file name), and the reference levels on every competency the answer shows.
 * Trainees score exactly the competencies that have a reference.
 */
public record Exercise(String code, LocalizedText title, String competencyCode, int questionNumber,
                       LocalizedText transcript, Optional<String> media, List<ReferenceLevel> references) {

    public Exercise {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(competencyCode, "competencyCode");
        Objects.requireNonNull(transcript, "transcript");
        media = media == null ? Optional.empty() : media;
        references = List.copyOf(references);
    }

    public Optional<ReferenceLevel> reference(String competency) {
        return references.stream().filter(r -> r.competencyCode().equals(competency)).findFirst();
    }
}
