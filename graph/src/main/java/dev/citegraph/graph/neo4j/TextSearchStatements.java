package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.model.FactStatus;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.renderer.Renderer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static dev.citegraph.graph.store.GraphSchema.CITATION_TEXT_INDEX;
import static dev.citegraph.graph.store.GraphSchema.CITES;
import static dev.citegraph.graph.store.GraphSchema.FACT;
import static dev.citegraph.graph.store.GraphSchema.ID;
import static dev.citegraph.graph.store.GraphSchema.STATUS;

/**
 * The reads of the full-text index over citations ({@code GraphSchema.CITATION_TEXT_INDEX}), built with the
 * Cypher-DSL. The index takes a Lucene query string: it is made here from the search's terms, each escaped so that
 * it is one term whatever it holds, and travels as a parameter.
 */
final class TextSearchStatements {
    static final String ID_COLUMN = "id";
    static final String TERM_COLUMN = "term";
    static final String COUNT_COLUMN = "n";
    /** The keys of a {@code $terms} row: the term, and the Lucene query that finds exactly it. */
    static final String TERM_KEY = "term";
    static final String QUERY_KEY = "query";

    private static final Renderer RENDERER = Renderer.getDefaultRenderer();
    private static final String QUERY_RELATIONSHIPS = "db.index.fulltext.queryRelationships";
    private static final String LUCENE_SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    /** The ids of the verified facts best matching {@code $query}: {@code $limit} at most, out of {@code $hits} citations. */
    static final String MATCHING_FACTS = RENDERER.render(matchingFacts());
    /** For each row of {@code $terms}, how many citations hold its term, up to {@code $cap}. */
    static final String TERM_COUNTS = RENDERER.render(termCounts());

    private TextSearchStatements() {
    }

    /** One Lucene query matching a citation that holds any of the terms. */
    static String anyOf(Collection<String> terms) {
        List<String> escaped = new ArrayList<>();
        for (String term : terms) escaped.add(escape(term));
        return String.join(" OR ", escaped);
    }

    static List<Map<String, Object>> termRows(Collection<String> terms) {
        return terms.stream().<Map<String, Object>>map(t -> Map.of(TERM_KEY, t, QUERY_KEY, escape(t))).toList();
    }

    private static String escape(String term) {
        StringBuilder out = new StringBuilder(term.length() + 4);
        for (char c : term.toCharArray()) {
            if (LUCENE_SPECIAL.indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }

    private static Expression index() {
        return Cypher.literalOf(CITATION_TEXT_INDEX);
    }

    private static Statement matchingFacts() {
        SymbolicName c = Cypher.name("relationship");
        SymbolicName score = Cypher.name("score");
        SymbolicName best = Cypher.name("best");
        Node f = Cypher.node(FACT).named("f");
        Relationship cites = f.relationshipTo(Cypher.anyNode(), CITES).named(c);
        return Cypher.call(QUERY_RELATIONSHIPS)
                .withArgs(index(), Cypher.parameter("query"), Cypher.mapOf("limit", Cypher.parameter("hits")))
                .yield(c, score)
                .match(cites)
                .where(f.property(STATUS).isEqualTo(Cypher.literalOf(FactStatus.VERIFIED.name())))
                .with(f.getRequiredSymbolicName(), Cypher.max(score).as(best))
                .orderBy(best.descending(), f.property(ID).ascending())
                .limit(Cypher.parameter("limit"))
                .returning(f.property(ID).as(ID_COLUMN))
                .build();
    }

    private static Statement termCounts() {
        SymbolicName term = Cypher.name("term");
        SymbolicName hit = Cypher.name("relationship");
        Statement count = Cypher.call(QUERY_RELATIONSHIPS)
                .withArgs(index(), Cypher.property(term, QUERY_KEY), Cypher.mapOf("limit", Cypher.parameter("cap")))
                .yield(hit)
                .returning(Cypher.count(hit).as(COUNT_COLUMN))
                .build();
        return Cypher.unwind(Cypher.parameter("terms")).as(term)
                .call(count, term)
                .returning(Cypher.property(term, TERM_KEY).as(TERM_COLUMN), Cypher.name(COUNT_COLUMN))
                .build();
    }
}
