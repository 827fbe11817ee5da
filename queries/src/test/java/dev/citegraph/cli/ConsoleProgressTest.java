package dev.citegraph.cli;

import dev.citegraph.extractor.llm.ExtractionProgress.Status;
import dev.citegraph.extractor.llm.SectionChunk;
import dev.citegraph.graph.model.Section;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleProgressTest {

    private final Section section = new Section("deepseek-v3#3.2", "deepseek-v3", "3.2", "Infrastructures", 2, 11,
            14, "text", null, List.of(), List.of());
    private final SectionChunk part = new SectionChunk("V3", section, 1, 1, "text", List.of());
    private final StringWriter written = new StringWriter();

    @Test
    void printsOnePlainLinePerPartWhenPiped() {
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(written), false);

        progress.started("deepseek-v3", 2);
        progress.partDone("deepseek-v3", part, Status.CACHED, 1, 2);
        progress.partDone("deepseek-v3", part, Status.EXTRACTED, 2, 2);
        progress.finished("deepseek-v3");

        assertThat(written.toString().lines()).containsExactly(
                "deepseek-v3: extracting 2 section parts",
                "deepseek-v3: 1/2 §3.2 Infrastructures (cached)",
                "deepseek-v3: 2/2 §3.2 Infrastructures");
    }

    @Test
    void redrawsOneBarInPlaceOnATerminal() {
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(written), true);

        progress.started("deepseek-v3", 3);
        progress.partDone("deepseek-v3", part, Status.FAILED, 1, 3);
        progress.finished("deepseek-v3");

        assertThat(written.toString()).isEqualTo("\rdeepseek-v3 [------------------------------] 0/3"
                + "\rdeepseek-v3 [##########--------------------] 1/3, 1 failed" + System.lineSeparator());
    }
}
