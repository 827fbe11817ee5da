package dev.citegraph.extractor.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What two spellings of one name share. The loose key folds case, spaces, hyphens and brackets between words
 * ("Multi-Head Latent Attention" = "multi-head latent attention", "DeepSeek V2" = "DeepSeek-V2",
 * "LLaMA 3 70B" = "LLaMA3 70B") but keeps every letter and digit, and keeps two digit groups apart
 * ("Qwen2.5 7B" ≠ "Qwen2 57B"). The identity tokens (versions, sizes, variants) decide whether two different
 * spellings may ever be declared aliases: DeepSeek-V2 and DeepSeek-V2-Lite, 7B and 67B, never.
 */
public final class NameKey {
    private static final Pattern RUN = Pattern.compile("[\\p{L}\\p{N}]+(?:\\.\\p{N}+)*");
    private static final Pattern VERSION_OR_SIZE = Pattern.compile("\\d+(?:\\.\\d+)*[a-z]*|[a-z]+\\d[\\w.]*");
    private static final Set<String> VARIANT_WORDS = Set.of(
            "lite", "base", "chat", "instruct", "zero", "distill", "mini", "nano", "small", "medium", "large",
            "pro", "turbo", "preview", "flash", "coder", "math", "rl", "sft");

    private NameKey() {
    }

    public static String loose(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder();
        Matcher m = RUN.matcher(folded);
        while (m.find()) {
            String run = m.group();
            if (key.length() > 0 && Character.isDigit(key.charAt(key.length() - 1))
                    && Character.isDigit(run.charAt(0))) {
                key.append('_');
            }
            key.append(run);
        }
        return key.length() == 0 ? folded.strip() : key.toString();
    }

    /** The tokens that make a name one model and not another: "DeepSeek-V2-Lite" → [lite, v2]. */
    public static Set<String> identityTokens(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Set<String> tokens = new TreeSet<>();
        for (String word : words(folded)) {
            if (VARIANT_WORDS.contains(word) || VERSION_OR_SIZE.matcher(word).matches()) tokens.add(word);
        }
        return tokens;
    }

    private static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        for (String camel : folded.split("[^\\p{L}\\p{N}.]+")) {
            String w = camel.replaceAll("^\\.+|\\.+$", "");
            if (!w.isEmpty()) words.add(w);
        }
        return words;
    }
}
