package dev.citegraph.dsl.parser;

import dev.citegraph.dsl.ast.Clause;
import dev.citegraph.dsl.ast.Position;
import dev.citegraph.dsl.ast.Statement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which 'or' makes a union of groups and which the alternatives of one pattern, with their positions. */
class UnionParsingTest {

    @Test
    void groupsJoinedByOrAreAUnionAndABarePatternIsAGroupOfOne() {
        List<Clause> clauses = clauses("match (?m uses \"MLA\" . ?c > 1M) or ?m uses \"FP8\" . ?m cost ?c");

        assertThat(clauses).hasSize(2);
        Clause.Union union = (Clause.Union) clauses.get(0);
        assertThat(union.position()).isEqualTo(new Position(6, 1, 7));
        assertThat(union.groups()).extracting(g -> g.clauses().size()).containsExactly(2, 1);
        assertThat(union.groups().get(0).clauses().get(1)).isInstanceOf(Clause.Comparison.class);
        assertThat(union.groups().get(1).position()).isEqualTo(new Position(35, 1, 36));
        assertThat(clauses.get(1)).isInstanceOf(Clause.Pattern.class);
    }

    @Test
    void patternsWithoutQualifiersJoinedByOrStayOnePatternWithAlternatives() {
        assertThat(clauses("match ?m uses \"MLA\" or ?m uses \"FP8\"").get(0)).isInstanceOf(Clause.Alternatives.class);
    }

    @Test
    void aQualifierOrAGroupAmongPatternsJoinedByOrMakesAUnion() {
        Clause qualified = clauses("match ?m cost ?c [stage = \"pre-training\"] or ?m tokens ?c").get(0);
        Clause grouped = clauses("match ?m uses \"MLA\" or (?m uses \"FP8\" . ?m uses \"MoE\")").get(0);

        assertThat(((Clause.Union) qualified).groups().get(0).clauses().get(0))
                .isInstanceOfSatisfying(Clause.Pattern.class, p -> assertThat(p.qualifiers()).hasSize(1));
        assertThat(((Clause.Union) grouped).groups()).extracting(g -> g.clauses().size()).containsExactly(1, 2);
    }

    private static List<Clause> clauses(String query) {
        return ((Statement.Match) QueryParser.parse(query).statement()).clauses();
    }
}
