package dev.citegraph.graph.error;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorCodeTest {
    /** How each kind's codes are spelled; users and golden files rely on these shapes. */
    private static final Map<ErrorCode.Kind, String> SPELLING = Map.of(
            ErrorCode.Kind.SYNTAX, "S1\\d\\d",
            ErrorCode.Kind.SEMANTIC, "E2\\d\\d",
            ErrorCode.Kind.NAME, "N3\\d\\d",
            ErrorCode.Kind.REJECTION, "[a-z]+(_[a-z]+)+");

    @Test
    void givesEveryCodeToOneErrorOnly() {
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code)).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void spellsEachCodeTheWayItsKindIsSpelled(ErrorCode error) {
        assertThat(error.code()).matches(SPELLING.get(error.kind()));
    }

    @Test
    void keepsTheCodesPeopleAlreadyUse() {
        assertThat(ErrorCode.UNKNOWN_PREDICATE.code()).isEqualTo("N301");
        assertThat(ErrorCode.UNEXPECTED_INPUT.code()).isEqualTo("S100");
        assertThat(ErrorCode.UNBOUND_VARIABLE.code()).isEqualTo("E201");
        assertThat(ErrorCode.QUOTE_NOT_IN_SECTION.code()).isEqualTo("quote_not_in_section");
    }

    @Test
    void findsACodeByItsSpelling() {
        assertThat(ErrorCode.of("number_not_in_quote")).contains(ErrorCode.NUMBER_NOT_IN_QUOTE);
        assertThat(ErrorCode.of("N302")).contains(ErrorCode.UNKNOWN_ENTITY);
        assertThat(ErrorCode.of("n302")).isEmpty();
    }
}
