package dev.citegraph.dsl.analysis;

import dev.citegraph.dsl.QueryError;
import dev.citegraph.dsl.QueryException;
import dev.citegraph.dsl.ast.Position;

/** The stable codes of semantic errors: a query that parses but cannot mean anything. */
public final class SemanticErrors {
    public static final String UNBOUND_VARIABLE = "E201";
    public static final String NOT_A_NUMBER = "E202";
    public static final String NUMBER_VERSUS_TEXT = "E203";
    public static final String AGGREGATE_OF_NON_NUMBER = "E204";
    public static final String PREDICATE_AND_TERM = "E205";
    public static final String ORDER_KEY = "E206";
    public static final String NO_PATTERN = "E207";
    public static final String COMPARE_VARIABLE = "E208";
    public static final String SHOW_OF = "E209";
    public static final String EMPTY_NAME = "E210";
    public static final String UNKNOWN_UNIT = "E211";
    public static final String SCALED_PARAMETER = "E212";

    private SemanticErrors() {
    }

    static QueryException error(String source, String code, Position position, String message) {
        return new QueryException(new QueryError(code, QueryError.Kind.SEMANTIC, position, message), source);
    }
}
