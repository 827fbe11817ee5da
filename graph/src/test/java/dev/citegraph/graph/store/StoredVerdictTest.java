package dev.citegraph.graph.store;

import dev.citegraph.graph.error.ErrorCode;
import dev.citegraph.graph.model.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The status and reason every store and export has always held, read and written for the typed verdict. */
class StoredVerdictTest {

    @Test
    void storesARejectionAsItsStatusAndCodeColonDetail() {
        StoredVerdict stored = StoredVerdict.of(
                Verdict.rejected(ErrorCode.NUMBER_NOT_IN_QUOTE, "the object's 2.8M is not in the quote"));

        assertThat(stored).isEqualTo(
                new StoredVerdict("REJECTED", "number_not_in_quote: the object's 2.8M is not in the quote"));
    }

    @Test
    void storesAVerifiedOrUnverifiedFactWithAnEmptyReason() {
        assertThat(StoredVerdict.of(Verdict.verified())).isEqualTo(new StoredVerdict("VERIFIED", ""));
        assertThat(StoredVerdict.of(Verdict.unverified())).isEqualTo(new StoredVerdict("UNVERIFIED", ""));
    }

    @Test
    void readsBackAReasonWrittenBeforeVerdictsWereTyped() {
        Verdict verdict = new StoredVerdict("REJECTED",
                "unresolved_subject: \"it\" does not say what it stands for").verdict();

        assertThat(verdict).isEqualTo(
                Verdict.rejected(ErrorCode.UNRESOLVED_SUBJECT, "\"it\" does not say what it stands for"));
    }

    @Test
    void keepsEverythingAfterTheCodeAsTheDetailEvenASecondColon() {
        Verdict verdict = new StoredVerdict("REJECTED", "quote_not_in_section: not in §2: nor in its tables")
                .verdict();

        assertThat(verdict).isEqualTo(
                Verdict.rejected(ErrorCode.QUOTE_NOT_IN_SECTION, "not in §2: nor in its tables"));
    }

    @Test
    void readsAMissingReasonAsNone() {
        assertThat(new StoredVerdict("VERIFIED", null).verdict()).isEqualTo(Verdict.verified());
    }

    @Test
    void refusesARejectionWhoseReasonDoesNotStartWithARejectionCode() {
        assertThatThrownBy(() -> new StoredVerdict("REJECTED", "quote not found").verdict())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a rejected fact's reason starts with its code and ': ' (empty_subject, empty_predicate,"
                        + " empty_object, empty_quote, unresolved_subject, quote_not_in_section, number_not_in_quote),"
                        + " was 'quote not found'");
        assertThatThrownBy(() -> new StoredVerdict("REJECTED", "N301: not a rejection").verdict())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAReasonOnAFactThatWasNotRejected() {
        assertThatThrownBy(() -> new StoredVerdict("VERIFIED", "looked fine").verdict())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("only a rejected fact has a reason; this one is VERIFIED with reason 'looked fine'");
    }

    @Test
    void roundTripsEveryKindOfVerdict() {
        for (Verdict verdict : new Verdict[]{Verdict.verified(), Verdict.unverified(),
                Verdict.rejected(ErrorCode.EMPTY_QUOTE, "the fact quotes nothing")}) {
            assertThat(StoredVerdict.of(verdict).verdict()).isEqualTo(verdict);
        }
    }
}
