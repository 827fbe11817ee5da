package dev.citegraph.extractor.normalize;

import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.EntityKind;
import dev.citegraph.graph.model.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The entities of a build: one canonical name per thing, every other spelling an alias, across sections and reports.
 * Spellings that differ in case, spacing, hyphens or brackets are one entity ({@link NameKey#loose}); a defined
 * short form ("Multi-head Latent Attention (MLA)") becomes the canonical name and the long form its alias. Names that
 * differ in a version, size or variant token are never merged, not even when asked to. "We" and "our model" resolve
 * to the report's main model once it is known. Thread-safe: sections are extracted concurrently.
 */
public final class EntityRegistry {
    private static final Pattern PRONOUN = Pattern.compile(
            "(?i)we|us|our|ours|our (?:model|method|approach|system)|the model|this model|this work|this paper");
    /** Words that stand for something said earlier; which thing is not for a rule to guess. */
    private static final Pattern VAGUE = Pattern.compile("(?i)it|its|they|them|this|these|those|he|she");
    /** Head nouns that name a different thing than the word before them: an H800 cluster is not an H800. */
    private static final Pattern OTHER_THING = Pattern.compile(
            "(?i)(.*\\S)\\s+(cluster|clusters|node|nodes|server|servers|pod|pods|system|systems|machine|machines)");

    private final Map<String, Entity> byCanonicalKey = new HashMap<>();
    private final Map<String, String> canonicalKeyByLooseKey = new HashMap<>();
    private final Map<String, String> mainModelByDocument = new HashMap<>();

    /** The entity a name means, registering the spelling as an alias; empty for an unresolvable pronoun. */
    public synchronized Optional<Entity> resolve(String name, String documentId) {
        String said = name == null ? "" : name.strip();
        if (said.isEmpty() || VAGUE.matcher(said).matches()) return Optional.empty();
        if (isPronoun(said)) {
            return Optional.ofNullable(mainModelByDocument.get(documentId)).map(this::resolveName);
        }
        return Optional.of(resolveName(said));
    }

    /** Whether a name only points back ("it", "they"): no rule can tell what it stands for. */
    public static boolean isVague(String name) {
        return VAGUE.matcher(name.strip()).matches();
    }

    /** Whether a subject is a pronoun ("we", "our model") that stands for the report's main model. */
    public static boolean isPronoun(String name) {
        return PRONOUN.matcher(name.strip()).matches();
    }

    private Entity resolveName(String said) {
        Optional<Abbreviations.Definition> defined = Abbreviations.ofName(said);
        if (defined.isPresent()) {
            String longForm = clean(defined.get().longForm());
            declareAlias(defined.get().shortForm(), longForm);
            return addAlias(longForm, said);
        }
        String clean = clean(said);
        Entity entity = addAlias(clean, said);
        return clean.equals(said) ? entity : addAlias(entity.name(), clean);
    }

    /** The name cleaned ({@link NameCleaner}) without losing a head noun that says what kind of thing it is. */
    private static String clean(String said) {
        java.util.regex.Matcher other = OTHER_THING.matcher(said.strip());
        if (!other.matches()) return NameCleaner.clean(said);
        return NameCleaner.clean(other.group(1)) + " " + other.group(2);
    }

    private Entity addAlias(String name, String spelling) {
        String loose = NameKey.loose(name);
        String canonicalKey = canonicalKeyByLooseKey.get(loose);
        Entity entity = canonicalKey == null ? null : byCanonicalKey.get(canonicalKey);
        if (entity == null) {
            entity = new Entity(null, name, guessKind(name), Set.of());
            byCanonicalKey.put(entity.id(), entity);
            canonicalKeyByLooseKey.put(loose, entity.id());
        }
        if (!spelling.equals(entity.name()) && !entity.aliases().contains(spelling)) {
            entity = entity.withAliases(Set.of(spelling));
            byCanonicalKey.put(entity.id(), entity);
        }
        canonicalKeyByLooseKey.putIfAbsent(NameKey.loose(spelling), entity.id());
        return entity;
    }

    /**
     * Declares {@code alias} another name of {@code canonical}. Refused (false) when their version, size or variant
     * tokens differ, or when the alias already names another entity.
     */
    public synchronized boolean declareAlias(String alias, String canonical) {
        if (!NameKey.identityTokens(alias).equals(NameKey.identityTokens(canonical))) return false;
        Entity target = addAlias(canonical, canonical);
        String existing = canonicalKeyByLooseKey.get(NameKey.loose(alias));
        if (existing != null && !existing.equals(target.id())) return false;
        addAlias(target.name(), alias);
        return true;
    }

    /**
     * Learns what a report makes clear before any of its facts are resolved: its main model (what "we" means) and
     * the short forms it defines, so that a fact in §3 spelling "MLA" joins the "Multi-head Latent Attention" of §2.
     */
    public void learn(IngestedReport report) {
        MainModel.of(report).ifPresent(model -> declareMainModel(report.document().id(), model));
        for (Section section : report.sections()) {
            for (Abbreviations.Definition d : Abbreviations.findIn(section.text())) {
                declareAlias(d.shortForm(), clean(d.longForm()));
            }
        }
    }

    /** Records the model a report is about, the one "we" and "our model" mean in it. */
    public synchronized void declareMainModel(String documentId, String modelName) {
        mainModelByDocument.put(documentId, resolveName(modelName).name());
    }

    public synchronized Optional<String> mainModel(String documentId) {
        return Optional.ofNullable(mainModelByDocument.get(documentId));
    }

    /** The entity a name is known as, without registering anything. */
    public synchronized Optional<Entity> find(String name) {
        String key = canonicalKeyByLooseKey.get(NameKey.loose(clean(name)));
        return Optional.ofNullable(key == null ? null : byCanonicalKey.get(key));
    }

    public synchronized List<Entity> entities() {
        return new ArrayList<>(byCanonicalKey.values());
    }

    private static EntityKind guessKind(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.matches("(?:[ahv]\\d{2,3}|h800|h100|a100|tpu.*|b200|gb200)")) return EntityKind.HARDWARE;
        if (!NameKey.identityTokens(name).isEmpty() && NameCleaner.looksLikeName(name.split("[\\s-]")[0])) {
            return EntityKind.MODEL;
        }
        return EntityKind.CONCEPT;
    }
}
