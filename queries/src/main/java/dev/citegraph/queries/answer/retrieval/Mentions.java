package dev.citegraph.queries.answer.retrieval;

import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The entities a question names, by canonical name or alias, compared the way entity keys are (case, spaces and
 * hyphens folded). The longest name wins where names overlap: "DeepSeek-V2 Chat (RL)" names that model, not also
 * DeepSeek-V2; "DeepSeek-V2" never names DeepSeek-V3.
 */
final class Mentions {
    private record Span(int start, int end, String entityId) {
        boolean inside(Span other) {
            return other.start <= start && end <= other.end && (end - start) < (other.end - other.start);
        }
    }

    private Mentions() {
    }

    static Set<String> in(String question, Collection<Fact> facts) {
        String text = "-" + Entity.keyOf(question.replaceAll("['’]s\\b", "")) + "-";
        List<Span> spans = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fact fact : facts) {
            addSpans(text, fact.subject(), seen, spans);
            if (fact.object() instanceof FactObject.EntityObject object) addSpans(text, object.entity(), seen, spans);
        }
        Set<String> named = new HashSet<>();
        for (Span span : spans) {
            if (spans.stream().noneMatch(span::inside)) named.add(span.entityId());
        }
        return named;
    }

    private static void addSpans(String text, Entity entity, Set<String> seen, List<Span> spans) {
        if (!seen.add(entity.id())) return;
        List<String> spellings = new ArrayList<>(entity.aliases());
        spellings.add(entity.name());
        for (String spelling : spellings) {
            String key = "-" + Entity.keyOf(spelling) + "-";
            if (key.length() < 4) continue;
            for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
                spans.add(new Span(at, at + key.length(), entity.id()));
            }
        }
    }

    /** Whether a fact is about one of the named entities, as subject or as entity object. */
    static boolean about(Fact fact, Set<String> entityIds) {
        return entityIds.contains(fact.subject().id())
                || fact.object() instanceof FactObject.EntityObject object && entityIds.contains(object.entity().id());
    }
}
