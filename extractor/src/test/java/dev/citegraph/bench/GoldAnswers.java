package dev.citegraph.bench;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citegraph.extractor.eval.GoldFact;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in model's answers: for the section named in the user message, the gold facts of that section in the wire
 * contract (a perfect model), optionally with noise (an imperfect one): facts dropped, quotes paraphrased, numbers
 * changed, a fact made up, and the JSON wrapped the way real models wrap it (a think block, a code fence, trailing
 * commas). Noise is drawn from a seeded random source, so runs are repeatable.
 */
public final class GoldAnswers implements Function<String, String> {

    /** How wrong the imperfect model is; all zero is the perfect model. */
    public record Noise(double drop, double fabricateQuote, double wrongNumber, double madeUpFact) {
        public static final Noise NONE = new Noise(0, 0, 0, 0);
        public static final Noise TYPICAL = new Noise(0.15, 0.10, 0.10, 0.20);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SECTION = Pattern.compile("(?m)^Section: (?:§(\\S+) )?(.*?)(?: \\(part (\\d+) of (\\d+)\\))?$");

    private final List<GoldFact> gold;
    private final Noise noise;
    private final Random random;

    public GoldAnswers(List<GoldFact> gold, Noise noise, long seed) {
        this.gold = List.copyOf(gold);
        this.noise = noise;
        this.random = new Random(seed);
    }

    @Override
    public synchronized String apply(String userMessage) {
        Matcher heading = SECTION.matcher(userMessage);
        ArrayNode facts = JSON.createArrayNode();
        if (heading.find() && heading.group(1) != null) {
            String number = heading.group(1);
            boolean whole = heading.group(3) == null;
            String message = folded(userMessage);
            for (GoldFact fact : gold) {
                if (answersHere(fact, number, whole, message) && random.nextDouble() >= noise.drop()) {
                    facts.add(proposal(fact));
                }
            }
            if (random.nextDouble() < noise.madeUpFact() && !gold.isEmpty()) {
                facts.add(madeUp(gold.get(0).subject()));
            }
        }
        ObjectNode root = JSON.createObjectNode();
        root.set("facts", facts);
        return wrapped(root.toPrettyString());
    }

    /**
     * Whether a perfect model reading this part states the fact: in its gold section when that part shows the quote
     * (or is the whole section); a table fact whose table may be printed in another section ({@code section_alt})
     * in whichever of the two shows the row.
     */
    private static boolean answersHere(GoldFact fact, String number, boolean whole, String message) {
        boolean quoteShown = message.contains(folded(fact.quote()));
        if (!fact.sectionAlt().isEmpty()) {
            return quoteShown && (number.equals(fact.section()) || number.equals(fact.sectionAlt()));
        }
        return number.equals(fact.section()) && (whole || quoteShown);
    }

    private ObjectNode proposal(GoldFact fact) {
        ObjectNode out = JSON.createObjectNode();
        out.put("subject", fact.subject());
        out.put("predicate", fact.predicate());
        String object = fact.object();
        String quote = fact.quote();
        double roll = random.nextDouble();
        if (roll < noise.wrongNumber() && object.matches(".*\\d.*")) {
            object = shiftFirstDigit(object);
        } else if (roll < noise.wrongNumber() + noise.fabricateQuote()) {
            quote = paraphrase(quote);
        }
        out.put("object", object);
        out.put("quote", quote);
        if (!fact.qualifiers().isEmpty()) {
            ObjectNode qualifiers = out.putObject("qualifiers");
            fact.qualifiers().forEach(qualifiers::put);
        }
        return out;
    }

    private static ObjectNode madeUp(String subject) {
        ObjectNode out = JSON.createObjectNode();
        out.put("subject", subject);
        out.put("predicate", "uses");
        out.put("object", "Rotary Memory Compression");
        out.put("quote", subject + " uses Rotary Memory Compression to reduce memory");
        return out;
    }

    /** "171.8K" → "271.8K": a number the quote does not contain. */
    private static String shiftFirstDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) return text.substring(0, i) + (char) ('0' + (c - '0' + 1) % 10) + text.substring(i + 1);
        }
        return text;
    }

    /** What models do to quotes: words reordered and an adverb added, so the text is no longer the report's. */
    private static String paraphrase(String quote) {
        String[] words = quote.split(" ");
        if (words.length > 3) {
            String swap = words[1];
            words[1] = words[2];
            words[2] = swap;
        }
        return "Notably, " + String.join(" ", words);
    }

    private String wrapped(String json) {
        if (noise.equals(Noise.NONE)) return json;
        String body = random.nextDouble() < 0.2 ? json.replaceFirst("\\}\\s*\\n(\\s*)\\]", "},\n$1]") : json;
        return "<think>\nThe section states several facts; I will copy the quotes verbatim.\n</think>\n\n```json\n"
                + body + "\n```";
    }

    private static String folded(String text) {
        return text.replaceAll("-\\s*\\n\\s*", "").replaceAll("\\s+", " ");
    }
}
