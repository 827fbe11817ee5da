package dev.citegraph.extractor.rules;

import dev.citegraph.extractor.normalize.NameKey;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which model a sentence speaks of at a given point: the last model name written before it (a name with a version
 * or size token: DeepSeek-V2, DeepSeek-V2-Lite, DeepSeek 67B, LLaMA3 70B, or the report's main model however
 * spelled), else the report's main model when there is one.
 */
final class ModelMentions {
    private static final Pattern VERSIONED = Pattern.compile(
            "\\b[A-Z][A-Za-z]+\\d*(?:\\.\\d+)?(?:-(?:[A-Za-z]*\\d[\\w.]*))+(?:-[A-Z][a-z]+)*\\b"
                    + "|\\b[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]* \\d+(?:\\.\\d+)?B\\b");
    /** "we train a baseline MoE model comprising ...": a model the report does not name. */
    private static final Pattern UNNAMED_MODEL = Pattern.compile(
            "(?<!,\\s)\\b(?:a|an|two|several)\\s+(?:[\\w()-]+\\s+){0,4}?(?:models?|baselines?)\\b");
    /** How far before a number a name may stand and still be what the number is about. */
    private static final int REACH = 200;
    private static final Pattern REFERENCE = Pattern.compile("\\([^()]*\\d{4}[a-z]?\\)");

    private final String mainModel;

    ModelMentions(String mainModel) {
        this.mainModel = mainModel;
    }

    Optional<String> subjectBefore(String sentence, int offset) {
        int from = Math.max(0, offset - REACH);
        while (from > 0 && from < offset && !Character.isWhitespace(sentence.charAt(from - 1))) from++;
        String before = REFERENCE.matcher(sentence.substring(from, offset))
                .replaceAll(m -> " ".repeat(m.group().length()));
        String last = null;
        Matcher m = VERSIONED.matcher(before);
        while (m.find()) last = m.group();
        if (mainModel != null) {
            int at = lastLooseMention(before, mainModel);
            if (at >= 0 && (last == null || at > before.lastIndexOf(last))) last = mainModel;
        }
        int namedAt = last == null ? 0 : before.lastIndexOf(last);
        if (UNNAMED_MODEL.matcher(before.substring(Math.max(0, namedAt))).find()) return Optional.empty();
        return Optional.ofNullable(last != null ? last : mainModel);
    }

    /**
     * Whether a name is the report's main model or one of its variants (DeepSeek-V2 Chat (RL), DeepSeek-V2-Lite
     * of DeepSeek-V2), never another version: DeepSeek-V25 is not a DeepSeek-V2.
     */
    boolean isOwn(String name) {
        if (mainModel == null) return false;
        String main = NameKey.loose(mainModel);
        String key = NameKey.loose(name);
        if (!key.startsWith(main)) return false;
        boolean numberGoesOn = key.length() > main.length() && Character.isDigit(key.charAt(main.length()))
                && Character.isDigit(main.charAt(main.length() - 1));
        return !numberGoesOn;
    }

    private static int lastLooseMention(String text, String name) {
        int at = text.lastIndexOf(name);
        if (at >= 0) return at;
        String key = NameKey.loose(name);
        Matcher words = Pattern.compile("\\b" + Pattern.quote(name.substring(0, Math.min(4, name.length())))).matcher(text);
        int found = -1;
        while (words.find()) {
            int end = Math.min(text.length(), words.start() + name.length() + 2);
            if (NameKey.loose(text.substring(words.start(), end)).startsWith(key)) found = words.start();
        }
        return found;
    }
}
