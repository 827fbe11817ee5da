package dev.citegraph.dsl.parser;

import dev.citegraph.dsl.QueryException;
import dev.citegraph.dsl.ast.Query;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

import java.util.Objects;

/** The one door from query text to the syntax tree: ANTLR's types stop here. */
public final class QueryParser {
    private QueryParser() {
    }

    /**
     * Parses a query into its immutable syntax tree.
     *
     * @throws QueryException a syntax error, with line:column and what the grammar expected there
     */
    public static Query parse(String text) {
        Objects.requireNonNull(text, "text");
        KgqLexer lexer = new KgqLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        KgqParser parser = new KgqParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(new SyntaxErrorListener(text));
        KgqParser.QueryContext tree = parser.query();
        return new AstBuilder(text).build(tree);
    }
}
