package dev.citegraph.extractor.llm;

import dev.citegraph.graph.model.Section;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SectionChunkerTest {

    @Test
    void sendsAShortSectionWholeWithItsTables() {
        List<SectionChunk> chunks = new SectionChunker(SectionChunker.DEFAULT_MAX_CHARS)
                .chunks("DeepSeek-V3 Technical Report", Fixtures.costSection());

        assertThat(chunks).singleElement().satisfies(chunk -> {
            assertThat(chunk.text()).isEqualTo(Fixtures.COST_TEXT);
            assertThat(chunk.tables()).containsExactly(Fixtures.COST_TABLE);
            assertThat(chunk.label()).isEqualTo("§1 Introduction");
        });
    }

    @Test
    void splitsALongSectionOnParagraphBoundariesIntoVerbatimParts() {
        String paragraph = "A sentence about the model. ".repeat(20).strip();
        String text = String.join("\n\n", paragraph, paragraph, paragraph, paragraph);
        Section section = Fixtures.section("3.2", "Infrastructures", text, List.of(Fixtures.COST_TABLE));

        List<SectionChunk> chunks = new SectionChunker(1200).chunks("V3", section);

        assertThat(chunks).hasSizeGreaterThan(1);
        assertThat(chunks).allSatisfy(c -> assertThat(c.text().length()).isLessThanOrEqualTo(1200));
        assertThat(chunks.stream().map(SectionChunk::text).reduce("", String::concat)).isEqualTo(text);
        assertThat(chunks).allSatisfy(c -> assertThat(c.text().strip()).startsWith("A sentence"));
        assertThat(chunks.get(0).tables()).hasSize(1);
        assertThat(chunks.subList(1, chunks.size())).allSatisfy(c -> assertThat(c.tables()).isEmpty());
        assertThat(chunks.get(1).label()).isEqualTo("§3.2 Infrastructures (part 2 of " + chunks.size() + ")");
    }

    @Test
    void fallsBackToSentenceEndsWhenTheTextHasNoParagraphs() {
        String text = "One more sentence about training. ".repeat(100).strip();

        List<String> parts = new SectionChunker(1000).split(text);

        assertThat(parts).hasSizeGreaterThan(3);
        assertThat(String.join("", parts)).isEqualTo(text);
        assertThat(parts.subList(0, parts.size() - 1)).allSatisfy(p -> assertThat(p).endsWith(". "));
    }

    @Test
    void makesNoCallForReferencesOrAcknowledgments() {
        SectionChunker chunker = new SectionChunker(1000);

        assertThat(chunker.chunks("V3", Fixtures.section("", "References", "A. Author. 2024. Title.", List.of())))
                .isEmpty();
        assertThat(chunker.chunks("V3", Fixtures.section("A", "Contributions and Acknowledgments", "Names",
                List.of()))).isEmpty();
    }

    @Test
    void makesNoCallForAHeadingWithoutTextOrTables() {
        Section heading = Fixtures.section("3", "Infrastructures", "  \n", List.of());

        assertThat(new SectionChunker(1000).chunks("V3", heading)).isEmpty();
    }
}
