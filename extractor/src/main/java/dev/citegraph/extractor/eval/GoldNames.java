package dev.citegraph.extractor.eval;

import dev.citegraph.extractor.normalize.NameCleaner;
import dev.citegraph.extractor.normalize.NameKey;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spellings gold data gives one entity: its canonical name and every alias listed anywhere in the gold files
 * (canonical names are shared across files), compared by {@link NameKey#loose} key, cleaned and uncleaned.
 */
final class GoldNames {
    private final Map<String, String> parent = new HashMap<>();

    GoldNames(List<GoldFact> gold) {
        for (GoldFact g : gold) {
            for (String alias : g.aliases()) union(g.subject(), alias);
            if (g.objectKind().equals("entity")) {
                for (String alias : g.objectAliases()) union(g.object(), alias);
            }
        }
    }

    /** Whether any of the spellings names the same entity as {@code goldName}. */
    boolean sameEntity(String goldName, Set<String> spellings) {
        Set<String> wanted = new HashSet<>();
        for (String key : keys(goldName)) wanted.add(find(key));
        for (String spelling : spellings) {
            for (String key : keys(spelling)) if (wanted.contains(find(key))) return true;
        }
        return false;
    }

    static Set<String> keys(String name) {
        Set<String> keys = new HashSet<>();
        keys.add(NameKey.loose(name));
        keys.add(NameKey.loose(NameCleaner.clean(name)));
        String unbracketed = name.replaceAll("\\s*\\([^)]*\\)", "").strip();
        if (!unbracketed.isEmpty()) keys.add(NameKey.loose(unbracketed));
        return keys;
    }

    private void union(String a, String b) {
        for (String ka : keys(a)) {
            for (String kb : keys(b)) parent.put(find(ka), find(kb));
        }
    }

    private String find(String key) {
        String p = parent.getOrDefault(key, key);
        if (p.equals(key)) return key;
        String root = find(p);
        parent.put(key, root);
        return root;
    }
}
