package kz.suhbat.training.file;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.suhbat.rubric.file.JsonFileFormat;
import kz.suhbat.training.Exercise;
import kz.suhbat.training.ExerciseSet;
import kz.suhbat.training.ReferenceLevel;

/**
 * Builds the JSON tree of an exercise set file. Fields are always written in the same order, so two
 * exports of the same set are identical byte for byte; an exercise without media has no {@code media} field.
 */
final class ExerciseSetWriter {

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /** Adds {@code set} to {@code file}, a root object that already names its format. */
    ObjectNode file(ObjectNode file, ExerciseSet set) {
        ObjectNode node = file.putObject("set");
        node.set("title", JsonFileFormat.text(set.title()));
        node.put("frameworkCode", set.frameworkCode());
        ArrayNode exercises = node.putArray("exercises");
        set.exercises().forEach(exercise -> exercises.add(exercise(exercise)));
        return file;
    }

    private ObjectNode exercise(Exercise exercise) {
        ObjectNode node = nodes.objectNode();
        node.put("code", exercise.code());
        node.set("title", JsonFileFormat.text(exercise.title()));
        node.put("competencyCode", exercise.competencyCode());
        node.put("questionNumber", exercise.questionNumber());
        node.set("transcript", JsonFileFormat.text(exercise.transcript()));
        exercise.media().ifPresent(media -> node.put("media", media));
        ArrayNode references = node.putArray("references");
        for (ReferenceLevel reference : exercise.references()) {
            ObjectNode referenceNode = references.addObject();
            referenceNode.put("competencyCode", reference.competencyCode());
            referenceNode.put("level", reference.level());
            referenceNode.set("reason", JsonFileFormat.text(reference.reason()));
        }
        return node;
    }
}
