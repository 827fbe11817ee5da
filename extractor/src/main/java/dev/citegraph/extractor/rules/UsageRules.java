package dev.citegraph.extractor.rules;

import dev.citegraph.extractor.extract.CandidateFact;
import dev.citegraph.extractor.normalize.NameCleaner;
import dev.citegraph.extractor.normalize.NameKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "X adopts / uses / employs Y" sentences where Y is a name (it starts with a capital: "we adopt the DeepSeekMoE
 * architecture", "we employ YaRN", "we adopt Group Relative Policy Optimization (GRPO)"). X is the model named right
 * before the verb, or the report's main model for "we". The verb is kept as the predicate's surface form.
 */
final class UsageRules {
    private static final Pattern USES = Pattern.compile(
            "(?<subject>\\b[Ww]e|\\b[Oo]ur model|\\b[A-Z][\\w.]*(?:-[\\w.]+)*(?: \\d+(?:\\.\\d+)?B)?)\\s+"
                    + "(?:also\\s+|further\\s+|additionally\\s+|still\\s+|first\\s+|then\\s+)?"
                    + "(?<verb>adopts?|uses?|employs?|utili[sz]es?|leverages?|incorporates?)\\s+"
                    + "(?:the\\s+|a\\s+|an\\s+)?"
                    + "(?<object>[A-Z][\\w.+-]*(?:\\s+[\\w.+-]+){0,5}?(?:\\s*\\([A-Z][A-Za-z0-9-]{1,9}\\))?)"
                    + "(?=\\s*(?:\\(|,|\\.(?:\\s|$)|;|:|$|\\s(?:to|for|with|which|that|in|as|and|on|instead|"
                    + "from|at|by|during|along|together|via|through|under|into|than|so|such|where|while|when|since|"
                    + "because|but|or|followed)\\b))");

    private UsageRules() {
    }

    static List<CandidateFact> propose(String sentence, ModelMentions models) {
        List<CandidateFact> facts = new ArrayList<>();
        Matcher m = USES.matcher(sentence);
        while (m.find()) {
            String said = m.group("subject");
            Optional<String> subject = said.equalsIgnoreCase("we") || said.equalsIgnoreCase("our model")
                    ? models.subjectBefore("", 0)
                    : Optional.of(said).filter(s -> NameCleaner.looksLikeName(s.split("[ -]")[0]));
            String verb = m.group("verb");
            String object = m.group("object").strip().replaceAll("[.,;:]+$", "");
            subject.filter(s -> !NameKey.loose(s).equals(NameKey.loose(object))).ifPresent(s -> facts.add(
                    new CandidateFact(s, verb, object, sentence, Map.of())));
        }
        return facts;
    }
}
