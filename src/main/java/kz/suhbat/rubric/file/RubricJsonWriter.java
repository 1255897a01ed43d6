package kz.suhbat.rubric.file;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.Indicator;
import kz.suhbat.rubric.PositionProfile;
import kz.suhbat.rubric.ProfileCompetency;
import kz.suhbat.rubric.Question;
import kz.suhbat.rubric.ScaleLevel;

/**
 * Builds the JSON tree of a rubric file from a framework. Fields are always written in the same order
 * and every optional field is written, so two exports of the same framework are identical byte for byte.
 */
final class RubricJsonWriter {

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /** Adds {@code framework} to {@code file}, a root object that already names its format. */
    ObjectNode file(ObjectNode file, Framework framework) {
        file.set("framework", framework(framework));
        return file;
    }

    private ObjectNode framework(Framework framework) {
        ObjectNode node = nodes.objectNode();
        node.put("code", framework.code());
        node.put("version", framework.version());
        node.put("status", framework.status().name());
        node.set("name", text(framework.name()));
        node.set("description", text(framework.description()));
        ArrayNode scale = node.putArray("scale");
        for (ScaleLevel level : framework.scale().levels()) {
            ObjectNode levelNode = scale.addObject();
            levelNode.put("level", level.level());
            levelNode.set("label", text(level.label()));
            levelNode.set("descriptor", text(level.descriptor()));
        }
        ArrayNode competencies = node.putArray("competencies");
        framework.competencies().forEach(competency -> competencies.add(competency(competency)));
        ArrayNode profiles = node.putArray("profiles");
        framework.profiles().forEach(profile -> profiles.add(profile(profile)));
        return node;
    }

    private ObjectNode competency(Competency competency) {
        ObjectNode node = nodes.objectNode();
        node.put("code", competency.code());
        node.set("name", text(competency.name()));
        node.set("definition", text(competency.definition()));
        node.set("postGroups", names(competency.postGroups()));
        node.set("corps", names(competency.corps()));
        ArrayNode indicators = node.putArray("indicators");
        for (Indicator indicator : competency.indicators()) {
            ObjectNode indicatorNode = indicators.addObject();
            indicatorNode.put("level", indicator.level());
            indicatorNode.put("polarity", indicator.polarity().name());
            indicatorNode.set("text", text(indicator.text()));
        }
        ArrayNode questions = node.putArray("questions");
        competency.questions().forEach(question -> questions.add(question(question)));
        return node;
    }

    private ObjectNode question(Question question) {
        ObjectNode node = nodes.objectNode();
        node.put("kind", question.kind().name());
        node.put("minutes", question.suggestedMinutes());
        node.set("text", text(question.text()));
        ArrayNode probes = node.putArray("probes");
        question.probes().forEach(probe -> probes.add(text(probe)));
        ArrayNode levels = node.putArray("revealsLevels");
        question.revealsLevels().forEach(levels::add);
        return node;
    }

    private ObjectNode profile(PositionProfile profile) {
        ObjectNode node = nodes.objectNode();
        node.put("code", profile.code());
        node.set("name", text(profile.name()));
        node.put("postGroup", profile.postGroup().name());
        node.put("corps", profile.corps().name());
        node.put("passThreshold", profile.passThreshold());
        ArrayNode weights = node.putArray("competencies");
        for (ProfileCompetency weight : profile.competencies()) {
            ObjectNode weightNode = weights.addObject();
            weightNode.put("code", weight.competencyCode());
            weightNode.put("weight", weight.weight());
        }
        return node;
    }

    private static ObjectNode text(LocalizedText text) {
        return JsonFileFormat.text(text);
    }

    /** The names of a set of enum constants in declaration order. */
    private <E extends Enum<E>> ArrayNode names(Set<E> values) {
        ArrayNode array = nodes.arrayNode();
        values.stream().sorted().map(Enum::name).forEach(array::add);
        return array;
    }
}
