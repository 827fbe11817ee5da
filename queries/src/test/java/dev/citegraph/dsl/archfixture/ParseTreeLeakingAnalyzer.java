package dev.citegraph.dsl.archfixture;

import org.antlr.v4.runtime.tree.ParseTree;

/** A dsl class outside the parser that works on ANTLR's parse tree: the parser rule must reject it. */
public final class ParseTreeLeakingAnalyzer {
    private ParseTreeLeakingAnalyzer() {
    }

    public static String firstToken(ParseTree tree) {
        return tree.getChild(0).getText();
    }
}
