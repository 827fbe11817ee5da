package dev.citegraph.extractor.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadingNumberTest {

    @Test
    void splitsANumberFromItsTitle() {
        assertThat(HeadingNumber.split("3.3.1. Mixed Precision Framework")).hasValueSatisfying(numbered -> {
            assertThat(numbered.number().text()).isEqualTo("3.3.1");
            assertThat(numbered.title()).isEqualTo("Mixed Precision Framework");
        });
        assertThat(HeadingNumber.split("B.1 Ablations")).hasValueSatisfying(
                numbered -> assertThat(numbered.number().level()).isEqualTo(2));
    }

    /** Word and Google Docs exports print list-numbered headings with no space after the number's dot. */
    @Test
    void splitsANumberWhoseDotRunsIntoACapitalisedTitle() {
        assertThat(HeadingNumber.split("3.Model Selection & Rationale")).hasValueSatisfying(numbered -> {
            assertThat(numbered.number().text()).isEqualTo("3");
            assertThat(numbered.title()).isEqualTo("Model Selection & Rationale");
        });
        assertThat(HeadingNumber.split("2.1.Data Overview")).hasValueSatisfying(
                numbered -> assertThat(numbered.number().text()).isEqualTo("2.1"));
    }

    @Test
    void takesNoNumberFromADecimalOrAnAbbreviation() {
        assertThat(HeadingNumber.split("3.5B parameters were activated")).isEmpty();
        assertThat(HeadingNumber.split("1.e-5 is the learning rate")).isEmpty();
        assertThat(HeadingNumber.split("3.MLA keeps the cache small")).isEmpty();
        assertThat(HeadingNumber.split("Introduction")).isEmpty();
    }

    @Test
    void tellsTheNumberThatComesNextFromOneThatIsOnlyInOrder() {
        HeadingNumber six = HeadingNumber.parse("6").orElseThrow();
        HeadingNumber sixTwo = HeadingNumber.parse("6.2").orElseThrow();

        assertThat(HeadingNumber.parse("7").orElseThrow().isNextAfter(six)).isTrue();
        assertThat(HeadingNumber.parse("6.1").orElseThrow().isNextAfter(six)).isTrue();
        assertThat(HeadingNumber.parse("7").orElseThrow().isNextAfter(sixTwo)).isTrue();
        assertThat(HeadingNumber.parse("6.3").orElseThrow().isNextAfter(sixTwo)).isTrue();
        assertThat(HeadingNumber.parse("A").orElseThrow().isNextAfter(sixTwo)).isTrue();
        assertThat(HeadingNumber.parse("62").orElseThrow().isNextAfter(six)).isFalse();
        assertThat(HeadingNumber.parse("6.3").orElseThrow().isNextAfter(six)).isFalse();
        assertThat(HeadingNumber.parse("B").orElseThrow().isNextAfter(sixTwo)).isFalse();
    }

    @Test
    void takesTheLetterOfAnAppendixThatSaysSo() {
        HeadingNumber.Numbered appendix = HeadingNumber.split("Appendix A. Terminology").orElseThrow();

        assertThat(appendix.number().text()).isEqualTo("A");
        assertThat(appendix.title()).isEqualTo("Terminology");
        assertThat(HeadingNumber.split("Appendix shows more results")).isEmpty();
    }

    /** Word exports print "Appendix A: Chat examples", a colon after the letter. */
    @Test
    void takesTheLetterOfAnAppendixWhoseTitleFollowsAColon() {
        HeadingNumber.Numbered appendix = HeadingNumber.split("Appendix A: Chat examples").orElseThrow();

        assertThat(appendix.number().text()).isEqualTo("A");
        assertThat(appendix.title()).isEqualTo("Chat examples");
        assertThat(HeadingNumber.split("Appendix: more results")).isEmpty();
    }
}
