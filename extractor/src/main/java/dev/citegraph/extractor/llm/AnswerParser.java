package dev.citegraph.extractor.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.citegraph.extractor.extract.CandidateFact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a model's answer into proposed facts, whatever the model wrapped them in: reasoning blocks
 * ({@code <think>…</think>}, dropped unread), code fences, prose before and after, trailing commas, a single fact
 * instead of a list, a bare list instead of {@code {"facts": [...]}}. Reasoning text never reaches a fact.
 */
public final class AnswerParser {

    private static final Pattern UNCLOSED_REASONING =
            Pattern.compile("^\\s*<(think|thinking|reasoning)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern FENCE = Pattern.compile("```[a-zA-Z]*\\s*\\n?(.*?)```", Pattern.DOTALL);

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .build();

    public ParsedAnswer parse(String answer) {
        if (answer == null || answer.isBlank()) return new ParsedAnswer.Unreadable("the answer was empty");
        String visible = withoutReasoning(answer);
        if (visible == null) {
            return new ParsedAnswer.Unreadable("the answer ended inside its reasoning block; no JSON followed");
        }
        List<String> candidates = jsonCandidates(visible);
        if (candidates.isEmpty()) {
            return new ParsedAnswer.Unreadable(visible.indexOf('{') >= 0 || visible.indexOf('[') >= 0
                    ? "the JSON is cut off before it ends"
                    : "no JSON object in the answer");
        }
        String firstError = null;
        for (String candidate : candidates) {
            try {
                JsonNode root = LENIENT.readTree(candidate);
                List<JsonNode> facts = factNodes(root);
                if (facts != null) return readFacts(facts);
                if (firstError == null) firstError = "the JSON has no \"facts\" list";
            } catch (JsonProcessingException e) {
                if (firstError == null) firstError = "invalid JSON: " + e.getOriginalMessage();
            }
        }
        return new ParsedAnswer.Unreadable(firstError);
    }

    /** The answer as shown back to the model when asking again: reasoning removed (empty if it was all reasoning). */
    static String visibleText(String answer) {
        String visible = answer == null ? null : withoutReasoning(answer);
        return visible == null ? "" : visible.strip();
    }

    /** The answer without reasoning; null when all of it is an unclosed reasoning block. */
    private static String withoutReasoning(String answer) {
        String text = ReasoningBlocks.withoutClosedBlocks(answer);
        if (UNCLOSED_REASONING.matcher(text).find()) return null;
        return text;
    }

    /** Fenced blocks first (last one first: models fence the final answer), then balanced JSON spans in the text. */
    private static List<String> jsonCandidates(String text) {
        List<String> candidates = new ArrayList<>();
        Matcher fence = FENCE.matcher(text);
        List<String> fenced = new ArrayList<>();
        while (fence.find()) fenced.add(fence.group(1));
        for (int i = fenced.size() - 1; i >= 0; i--) candidates.addAll(BalancedJson.spans(fenced.get(i)));
        candidates.addAll(BalancedJson.spans(text));
        return candidates;
    }

    /** The fact objects of any accepted shape, or null when the JSON is of another shape. */
    private static List<JsonNode> factNodes(JsonNode root) {
        List<JsonNode> nodes = new ArrayList<>();
        JsonNode list = root.isObject() && root.has("facts") ? root.get("facts") : root;
        if (list.isArray()) {
            list.forEach(nodes::add);
            // A bare list of something else ("[1]" in prose) is not an answer.
            return nodes.stream().allMatch(JsonNode::isObject) ? nodes : null;
        }
        if (list.isObject() && list.has("subject")) return List.of(list);
        return null;
    }

    private static ParsedAnswer.Facts readFacts(List<JsonNode> nodes) {
        List<CandidateFact> facts = new ArrayList<>();
        int incomplete = 0;
        for (JsonNode node : nodes) {
            String subject = text(node, "subject");
            String predicate = text(node, "predicate");
            String object = text(node, "object");
            String quote = text(node, "quote");
            if (subject.isBlank() || predicate.isBlank() || object.isBlank() || quote.isBlank()) {
                incomplete++;
                continue;
            }
            facts.add(new CandidateFact(subject, predicate, object, quote, qualifiers(node.get("qualifiers"))));
        }
        return new ParsedAnswer.Facts(facts, incomplete);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) return "";
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static Map<String, String> qualifiers(JsonNode node) {
        Map<String, String> qualifiers = new LinkedHashMap<>();
        if (node == null || !node.isObject()) return qualifiers;
        node.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isNull()) return;
            String text = value.isValueNode() ? value.asText() : value.toString();
            if (!text.isBlank()) qualifiers.put(field.getKey(), text.strip());
        });
        return qualifiers;
    }
}
