package dev.citegraph.extractor.verify;

/**
 * Why a proposed fact was not verified. The codes are stable strings: reviews, queries and scripts match on them.
 * A rejected fact's reason is {@code code + ": " + message}.
 */
public enum RejectionReason {
    EMPTY_SUBJECT("empty_subject"),
    EMPTY_PREDICATE("empty_predicate"),
    EMPTY_OBJECT("empty_object"),
    EMPTY_QUOTE("empty_quote"),
    UNRESOLVED_SUBJECT("unresolved_subject"),
    QUOTE_NOT_IN_SECTION("quote_not_in_section"),
    NUMBER_NOT_IN_QUOTE("number_not_in_quote");

    private final String code;

    RejectionReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The reason as stored on a fact: the code, then what exactly was wrong. */
    public String with(String message) {
        return code + ": " + message;
    }

    /** The code a stored reason starts with ("number_not_in_quote: ..." → "number_not_in_quote"). */
    public static String codeOf(String reason) {
        int colon = reason.indexOf(':');
        return (colon < 0 ? reason : reason.substring(0, colon)).strip();
    }
}
