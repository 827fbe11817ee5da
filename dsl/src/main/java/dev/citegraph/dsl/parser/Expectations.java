package dev.citegraph.dsl.parser;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Names what the grammar expects in its own terms: {@code <predicate>} rather than forty tokens a predicate may be
 * spelled with, {@code <term>} rather than STRING, PARAMETER, VARIABLE.
 */
final class Expectations {
    private static final Set<Integer> COMPARATORS = Set.of(KgqLexer.EQ, KgqLexer.NEQ, KgqLexer.LT, KgqLexer.LTE,
            KgqLexer.GT, KgqLexer.GTE, KgqLexer.DOUBLE_EQ);

    private static final Set<Integer> STATEMENTS = Set.of(KgqLexer.FACTS, KgqLexer.MATCH, KgqLexer.COMPARE,
            KgqLexer.CONFLICTS, KgqLexer.COUNT, KgqLexer.SUM, KgqLexer.MIN, KgqLexer.MAX, KgqLexer.AVG, KgqLexer.SHOW, KgqLexer.SECTIONS,
            KgqLexer.EXPLAIN);

    private Expectations() {
    }

    static List<String> describe(IntervalSet expected) {
        Set<Integer> left = new LinkedHashSet<>(expected.toList());
        left.remove(KgqLexer.SINGLE_QUOTED);
        left.remove(KgqLexer.DOUBLE_EQ);
        List<String> names = new ArrayList<>();
        if (left.contains(KgqLexer.IDENTIFIER) && left.contains(KgqLexer.ABOUT)) {
            names.add("<predicate>");
            left.remove(KgqLexer.IDENTIFIER);
            left.remove(KgqLexer.VARIABLE);
            left.removeIf(Expectations::isWordKeyword);
        }
        if (left.containsAll(STATEMENTS)) {
            names.add("<statement> (facts about, match, compare, conflicts, count/sum/min/max/avg, show, sections of, explain)");
            left.removeAll(STATEMENTS);
        }
        if (left.containsAll(Set.of(KgqLexer.STRING, KgqLexer.PARAMETER, KgqLexer.VARIABLE))) {
            names.add("<term> (\"name\", $parameter or ?variable)");
            left.removeAll(Set.of(KgqLexer.STRING, KgqLexer.PARAMETER, KgqLexer.VARIABLE));
        }
        if (left.containsAll(Set.of(KgqLexer.STRING, KgqLexer.PARAMETER, KgqLexer.NUMBER))) {
            names.add("<value> (number, \"text\" or $parameter)");
            left.removeAll(Set.of(KgqLexer.STRING, KgqLexer.PARAMETER, KgqLexer.NUMBER, KgqLexer.MONEY));
        }
        if (left.containsAll(Set.of(KgqLexer.STRING, KgqLexer.PARAMETER))) {
            names.add("<string> (\"double quoted\" or $parameter)");
            left.removeAll(Set.of(KgqLexer.STRING, KgqLexer.PARAMETER));
        }
        if (left.contains(KgqLexer.IDENTIFIER)) {
            // "/" and "%" are read as parts of a unit (GB/s, 80 %), which <unit> already names.
            left.remove(KgqLexer.SLASH);
            left.remove(KgqLexer.PERCENT);
        }
        if (left.stream().filter(COMPARATORS::contains).count() > 1) {
            names.add("<comparator> (= != < <= > >=)");
            left.removeAll(COMPARATORS);
        }
        for (int type : left) names.add(nameOf(type));
        return names;
    }

    /** The keywords among the expected tokens, spelled as the user types them. */
    static List<String> keywords(IntervalSet expected) {
        List<String> words = new ArrayList<>();
        for (int type : expected.toList()) {
            if (isKeyword(type)) words.add(literal(type));
        }
        return words;
    }

    static boolean isKeyword(int type) {
        String literal = KgqLexer.VOCABULARY.getLiteralName(type);
        return literal != null && Character.isLetter(literal.charAt(1));
    }

    private static boolean isWordKeyword(int type) {
        return isKeyword(type) && type != KgqLexer.IN && type != KgqLexer.AND && type != KgqLexer.WHERE
                && type != KgqLexer.ORDER && type != KgqLexer.LIMIT;
    }

    private static String nameOf(int type) {
        if (type == Token.EOF) return "<end of query>";
        if (type == KgqLexer.VARIABLE) return "<variable> (?name)";
        if (type == KgqLexer.NUMBER) return "<number>";
        if (type == KgqLexer.STRING) return "<string>";
        if (type == KgqLexer.PARAMETER) return "<parameter>";
        if (type == KgqLexer.IDENTIFIER) return "<unit>";
        if (type == KgqLexer.NEQ) return "'!='";
        String literal = KgqLexer.VOCABULARY.getLiteralName(type);
        return literal != null ? literal : KgqLexer.VOCABULARY.getSymbolicName(type);
    }

    private static String literal(int type) {
        String quoted = KgqLexer.VOCABULARY.getLiteralName(type);
        return quoted.substring(1, quoted.length() - 1);
    }
}
