package dev.citegraph.dsl.parser;

import dev.citegraph.dsl.QueryError;
import dev.citegraph.dsl.QueryException;
import dev.citegraph.dsl.Suggestions;
import dev.citegraph.dsl.ast.Position;
import dev.citegraph.graph.error.ErrorCode;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.util.List;
import java.util.Optional;

import static dev.citegraph.graph.error.ErrorCode.UNEXPECTED_INPUT;
import static dev.citegraph.graph.error.ErrorCode.UNTERMINATED_STRING;

/** Stops at the first syntax error and says, in grammar terms, what was expected there. */
final class SyntaxErrorListener extends BaseErrorListener {
    private final String source;

    SyntaxErrorListener(String source) {
        this.source = source;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                            String antlrMessage, RecognitionException e) {
        Token token = (Token) offendingSymbol;
        Position position = new Position(Math.max(token.getStartIndex(), 0), line, column + 1);
        if (token.getType() == KgqLexer.UNTERMINATED_STRING) {
            throw error(UNTERMINATED_STRING, position, "unterminated string: add the closing double quote");
        }
        IntervalSet expected = e != null && e.getExpectedTokens() != null
                ? e.getExpectedTokens() : ((Parser) recognizer).getExpectedTokens();
        List<String> names = Expectations.describe(expected);
        StringBuilder message = new StringBuilder(describe(token));
        if (!names.isEmpty()) message.append(". Expecting: ").append(String.join(", ", names));
        suggestion(token, expected).ifPresent(s -> message.append(". Did you mean '").append(s).append("'?"));
        throw error(UNEXPECTED_INPUT, position, message.toString());
    }

    private static String describe(Token token) {
        if (token.getType() == Token.EOF) return "unexpected end of query";
        if (token.getType() == KgqLexer.UNRECOGNIZED) return "unexpected character '" + token.getText() + "'";
        return "mismatched input '" + token.getText() + "'";
    }

    private static Optional<String> suggestion(Token token, IntervalSet expected) {
        if (token.getType() != KgqLexer.IDENTIFIER && !Expectations.isKeyword(token.getType())) return Optional.empty();
        return Suggestions.nearest(token.getText(), Expectations.keywords(expected));
    }

    private QueryException error(ErrorCode code, Position position, String message) {
        return new QueryException(new QueryError(code, position, message), source);
    }
}
