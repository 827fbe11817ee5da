package dev.citegraph.extractor.verify;

import dev.citegraph.graph.model.PageStart;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteLocatorTest {
    private static final String TEXT = "Multi-head Latent Attention (MLA) uses low-\nrank key-value joint compres-\n"
            + "sion. The maximum learning rate is set to 2.4 × 10\u22124 , and\n\n  the ﬁnal model is “open”.\n"
            + "We train on 14.8T tokens.";

    private final Section section = new Section("d#2.1", "d", "2.1", "Attention", 2, 6, 7, TEXT, null,
            List.of(new PageStart(6, 0), new PageStart(7, TEXT.indexOf("We train"))),
            List.of(new Table("Table 1", "Training costs", 8, List.of(
                    List.of("Training Costs", "Pre-Training", "Total"),
                    List.of("in H800 GPU Hours", "2664K", "2788K")))));

    @Test
    void findsAQuoteAcrossLineBreaksHyphenationAndSpacing() {
        QuoteLocator.Location at = QuoteLocator.locate(section, "uses low-rank key-value joint compression.")
                .orElseThrow();
        assertThat(TEXT.substring(at.start(), at.end())).startsWith("uses low-").endsWith("sion.");
        assertThat(at.page()).isEqualTo(6);
    }

    @Test
    void foldsLigaturesMinusSignsAndCurlyQuotes() {
        assertThat(QuoteLocator.locate(section, "set to 2.4 x 10-4, and the final model is \"open\"")).isPresent();
        assertThat(QuoteLocator.locate(section, "the ﬁnal model")).isPresent();
    }

    @Test
    void givesThePageWhereTheQuoteStands() {
        assertThat(QuoteLocator.locate(section, "We train on 14.8T tokens").orElseThrow().page()).isEqualTo(7);
    }

    @Test
    void findsATableRowQuotedAsPrinted() {
        QuoteLocator.Location at = QuoteLocator.locate(section, "in H800 GPU Hours 2664K 2788K").orElseThrow();
        assertThat(at.table()).isEqualTo("Table 1");
        assertThat(at.page()).isEqualTo(8);
        assertThat(at.evidence()).isEqualTo("in H800 GPU Hours 2664K 2788K");
    }

    @Test
    void findsAQuoteThatSkipsWordsWithAnEllipsis() {
        assertThat(QuoteLocator.locate(section, "Multi-head Latent Attention ... joint compression")).isPresent();
    }

    @Test
    void doesNotFindWordsTheSectionDoesNotSay() {
        assertThat(QuoteLocator.locate(section, "uses high-rank key-value compression")).isEmpty();
        assertThat(QuoteLocator.locate(section, "We train on 14.9T tokens")).isEmpty();
        assertThat(QuoteLocator.locate(section, "set to 2.4 × 10−5")).isEmpty();
    }
}
