package dev.citegraph.graph.error;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every stable code citegraph shows a person, in one place so that no two mean different things. Users, scripts and
 * golden files match on the codes: a code once published keeps its spelling. The code says its kind: S1xx syntax,
 * E2xx semantic, N3xx name, and lower-case words for why a proposed fact was rejected.
 */
public enum ErrorCode {
    UNEXPECTED_INPUT("S100", Kind.SYNTAX),
    UNTERMINATED_STRING("S101", Kind.SYNTAX),
    SINGLE_QUOTES("S102", Kind.SYNTAX),
    DOUBLE_EQUALS("S103", Kind.SYNTAX),
    BAD_LIMIT("S104", Kind.SYNTAX),

    UNBOUND_VARIABLE("E201", Kind.SEMANTIC),
    NOT_A_NUMBER("E202", Kind.SEMANTIC),
    NUMBER_VERSUS_TEXT("E203", Kind.SEMANTIC),
    AGGREGATE_OF_NON_NUMBER("E204", Kind.SEMANTIC),
    PREDICATE_AND_TERM("E205", Kind.SEMANTIC),
    ORDER_KEY("E206", Kind.SEMANTIC),
    NO_PATTERN("E207", Kind.SEMANTIC),
    COMPARE_VARIABLE("E208", Kind.SEMANTIC),
    SHOW_OF("E209", Kind.SEMANTIC),
    EMPTY_NAME("E210", Kind.SEMANTIC),
    UNKNOWN_UNIT("E211", Kind.SEMANTIC),
    SCALED_PARAMETER("E212", Kind.SEMANTIC),
    MIXED_UNITS("E213", Kind.SEMANTIC),
    OPTIONAL_PATTERN("E214", Kind.SEMANTIC),
    ABSENT_PATTERN("E215", Kind.SEMANTIC),
    ALTERNATIVES("E216", Kind.SEMANTIC),
    CONFLICTS_VARIABLE("E217", Kind.SEMANTIC),

    UNKNOWN_PREDICATE("N301", Kind.NAME),
    UNKNOWN_ENTITY("N302", Kind.NAME),
    MISSING_PARAMETER("N303", Kind.NAME),
    BAD_PARAMETER("N304", Kind.NAME),
    UNKNOWN_DOCUMENT("N305", Kind.NAME),

    EMPTY_SUBJECT("empty_subject", Kind.REJECTION),
    EMPTY_PREDICATE("empty_predicate", Kind.REJECTION),
    EMPTY_OBJECT("empty_object", Kind.REJECTION),
    EMPTY_QUOTE("empty_quote", Kind.REJECTION),
    UNRESOLVED_SUBJECT("unresolved_subject", Kind.REJECTION),
    QUOTE_NOT_IN_SECTION("quote_not_in_section", Kind.REJECTION),
    NUMBER_NOT_IN_QUOTE("number_not_in_quote", Kind.REJECTION);

    /**
     * Syntax errors come from the query grammar, semantic ones from the analyser, name errors from the names a
     * store knows; a rejection is a proposed fact that failed verification, kept for review.
     */
    public enum Kind { SYNTAX, SEMANTIC, NAME, REJECTION }

    private final String code;
    private final Kind kind;

    ErrorCode(String code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    /** The code as people and files see it: {@code N301}, {@code quote_not_in_section}. */
    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** The error code spelled {@code code}, if there is one. */
    public static Optional<ErrorCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
