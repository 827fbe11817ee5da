package dev.citegraph.queries.answer.ask;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CitationCheckTest {
    private static final String A = "f-0123456789abcdef";
    private static final String B = "f-fedcba9876543210";
    private static final String OTHER = "f-1111222233334444";

    @Test
    void keepsSentencesCitingOnlyGivenFactsAndAttachesCitationsAfterTheFullStop() {
        List<CheckedSentence> sentences = CitationCheck.check(
                "DeepSeek-V2 has 236B parameters. [" + A + "] It was trained on 8.1T tokens [" + A + ", " + B + "].",
                Set.of(A, B));

        assertThat(sentences).extracting(CheckedSentence::verdict)
                .containsExactly(CheckedSentence.Verdict.SUPPORTED, CheckedSentence.Verdict.SUPPORTED);
        assertThat(sentences.get(1).citedIds()).containsExactly(A, B);
    }

    @Test
    void flagsASentenceCitingAFactItWasNotGiven() {
        List<CheckedSentence> sentences = CitationCheck.check("GPT-4 has 1.8T parameters [" + OTHER + "].", Set.of(A));

        assertThat(sentences).singleElement().satisfies(s -> {
            assertThat(s.verdict()).isEqualTo(CheckedSentence.Verdict.UNKNOWN_FACT);
            assertThat(s.unknownIds()).containsExactly(OTHER);
        });
    }

    @Test
    void flagsASentenceCitingNothingAndSkipsBulletsAndBlankLines() {
        List<CheckedSentence> sentences = CitationCheck.check("- \n\nIt is a strong model.\n- 14.8T tokens [" + A + "]",
                Set.of(A));

        assertThat(sentences).extracting(CheckedSentence::verdict)
                .containsExactly(CheckedSentence.Verdict.NO_CITATION, CheckedSentence.Verdict.SUPPORTED);
    }

    @Test
    void aSentenceMixingAGivenAndAnInventedIdIsNotSupported() {
        assertThat(CitationCheck.check("Both hold [" + A + "][" + OTHER + "].", Set.of(A)))
                .extracting(CheckedSentence::verdict).containsExactly(CheckedSentence.Verdict.UNKNOWN_FACT);
    }
}
