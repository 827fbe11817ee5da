package dev.citegraph.extractor.ingest.pdf;

import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReportReaders;
import dev.citegraph.extractor.ingest.TestPdfs;
import dev.citegraph.graph.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TwoColumnTest {

    @TempDir
    Path dir;

    @Test
    void readsTheLeftColumnBeforeTheRightOne() throws IOException {
        List<String> left = new ArrayList<>(List.of("**1 Introduction"));
        List<String> right = new ArrayList<>(List.of("**2 Method"));
        for (int i = 0; i < 14; i++) {
            left.add("left column words number " + i + " go on and on");
            right.add("right column words number " + i + " go on too");
        }
        Path pdf = TestPdfs.twoColumns(dir.resolve("columns.pdf"), left, right);

        IngestedReport report = ReportReaders.read(pdf);

        List<Section> numbered = report.sections().stream().filter(s -> !s.number().isEmpty()).toList();
        assertThat(numbered).extracting(Section::title).containsExactly("Introduction", "Method");
        assertThat(numbered.get(0).text()).contains("left column words number 13").doesNotContain("right column");
        assertThat(numbered.get(1).text()).contains("right column words number 0").doesNotContain("left column");
    }
}
