package dev.citegraph.extractor.rules;

import dev.citegraph.extractor.extract.CandidateFact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quantity phrases a report states about a model, one rule per kind: "671B total parameters", "37B activated",
 * "trained on 14.8T tokens" / "pre-train ... on 14.8 trillion ... tokens", "corpus contains 8.1T tokens", "2.788M H800 GPU hours", "$5.576M" in a
 * sentence about cost, "a context length of 128K", and the settings every model report states the same way ("the
 * number of Transformer layers to 60", "2 shared experts and 160 routed experts", "6 experts will be activated",
 * "a vocabulary size of 100K", "the maximum learning rate is set to 2.4 × 10−4"). The subject is the model the sentence names before the number,
 * else the report's main model; the quote is the whole sentence.
 */
final class QuantityRules {
    private static final String SIZE = "\\d+(?:\\.\\d+)?\\s?(?:B|billion)";
    private static final String TOKENS =
            "\\d+(?:\\.\\d+)?\\s?(?:T|trillion|B|billion)(?:\\s+[\\w-]+){0,4}?\\s+tokens\\b";
    private static final String BIG = "\\d[\\d,]*(?:\\.\\d+)?\\s?(?:[KMBT]|thousand|million|billion|trillion)";

    private record Rule(String predicate, Pattern pattern, Pattern sentenceMustSay) {
    }

    private static final List<Rule> RULES = List.of(
            rule("has_total_parameters", "(" + SIZE + "\\s+total\\s+param(?:eter)?s)", null),
            rule("has_total_parameters", "total\\s+param(?:eter)?s\\s+(?:of\\s+|is\\s+|are\\s+)?(" + SIZE + ")",
                    null),
            rule("has_activated_parameters_per_token", "(" + SIZE + ")\\s+(?:are\\s+|is\\s+)?activated", null),
            rule("has_activated_parameters_per_token", "(" + SIZE + "\\s+activated\\s+param(?:eter)?s)", null),
            rule("pretraining_tokens", "(?:[Tt]rain(?:ed|s|ing)?)\\s+(?:[\\w.-]+\\s+){0,3}?on\\s+(" + TOKENS + ")",
                    null),
            rule("pretraining_tokens", "(?:corpus|dataset)\\s+(?:contains|comprises|consists of|of)\\s+("
                    + TOKENS + ")", null),
            rule("gpu_hours_per_trillion_tokens", "(" + BIG + "\\s+(?:[HA]\\d+\\s+)?GPU\\s+hours)",
                    "(?i)(?:per|each) trillion tokens"),
            rule("gpu_hours", "(" + BIG + "\\s+(?:[HA]\\d+\\s+)?GPU\\s+hours)", null),
            rule("training_cost", "(\\$\\s?" + BIG + ")", "(?i)cost"),
            rule("max_context_length", "context (?:length|window)s? (?:of |to |up to )*(\\d+K)\\b", null),
            rule("num_transformer_layers", "number of (?:Transformer )?layers (?:to|is|as|of) (\\d+)\\b", null),
            rule("hidden_dimension", "hidden (?:dimension|size) (?:to|is|as|of) (\\d+)\\b(?!/|\\.\\d)", null),
            rule("num_attention_heads", "number of attention heads(?: \\S{1,4})? (?:to|is|as) (\\d+)\\b", null),
            rule("num_shared_experts", "\\b(\\d+ shared experts?)\\b", "consists? of|compris|includ|\\bha(?:s|ve)\\b"),
            rule("num_routed_experts", "(?<!out of )\\b(\\d+ routed experts)\\b",
                    "consists? of|compris|includ|\\bha(?:s|ve)\\b"),
            rule("num_activated_routed_experts", "\\b(\\d+ (?:routed )?experts) (?:will be|are|is) activated", null),
            rule("tokenizer_vocabulary_size", "vocabulary size (?:of|is set to|to|is) (\\d+K)\\b", null),
            rule("pretraining_max_sequence_length", "maximum sequence length (?:to|of|is) (\\d+K)\\b", null),
            rule("peak_learning_rate", "maximum learning rate (?:[\\w ]{0,30}?)(?:is set to|to|of) "
                    + "(\\d+(?:\\.\\d+)?\\s?×\\s?10\\s?[−-]\\s?\\d+)", null));

    private static Rule rule(String predicate, String regex, String sentenceMustSay) {
        return new Rule(predicate, Pattern.compile(regex),
                sentenceMustSay == null ? null : Pattern.compile(sentenceMustSay));
    }

    private QuantityRules() {
    }

    static List<CandidateFact> propose(String sentence, ModelMentions models) {
        List<CandidateFact> facts = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (Rule rule : RULES) {
            if (rule.sentenceMustSay() != null && !rule.sentenceMustSay().matcher(sentence).find()) continue;
            Matcher m = rule.pattern().matcher(sentence);
            while (m.find()) {
                if (overlaps(taken, m.start(1), m.end(1))) continue;
                taken.add(new int[]{m.start(1), m.end(1)});
                String object = m.group(1);
                models.subjectBefore(sentence, m.start(1)).ifPresent(subject -> facts.add(
                        new CandidateFact(subject, rule.predicate(), object, sentence, qualifiers(object))));
            }
        }
        return facts;
    }

    private static Map<String, String> qualifiers(String object) {
        Matcher hardware = Pattern.compile("\\b([HA]\\d{2,4})\\b").matcher(object);
        return hardware.find() ? Map.of("hardware", hardware.group(1)) : Map.of();
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        return taken.stream().anyMatch(t -> start < t[1] && t[0] < end);
    }
}
