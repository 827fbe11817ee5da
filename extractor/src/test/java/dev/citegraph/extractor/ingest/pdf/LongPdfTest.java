package dev.citegraph.extractor.ingest.pdf;

import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReportReaders;
import dev.citegraph.extractor.ingest.TestPdfs;
import dev.citegraph.graph.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class LongPdfTest {

    @TempDir
    Path dir;

    @Test
    void dropsRunningHeadersAndPageNumbersAndKeepsPagesOfEachLine() throws IOException {
        Path pdf = TestPdfs.longReport(dir.resolve("long-report.pdf"), 30);

        IngestedReport report = ReportReaders.read(pdf);

        List<Section> numbered = report.sections().stream().filter(s -> !s.number().isEmpty()).toList();
        assertThat(numbered).extracting(Section::number).containsExactly("1", "2", "3");
        assertThat(numbered).extracting(Section::pageStart).containsExactly(1, 11, 21);
        Section second = numbered.get(1);
        assertThat(second.pageEnd()).isEqualTo(20);
        assertThat(second.text()).doesNotContain("A Long Report on Many Things")
                .containsPattern("here\\.\\s+Page 13 line 0").doesNotContainPattern("here\\.\\s+12\\s+Page 13");
        int offset = second.text().indexOf("Page 15 line 0 ");
        assertThat(second.pageAt(offset)).isEqualTo(15);
        assertThat(second.pageAt(offset - 2)).isEqualTo(14);
    }

    @Test
    void readsAThousandPagesInASixtyFourMegabyteHeap() throws Exception {
        Path pdf = TestPdfs.longReport(dir.resolve("thousand.pdf"), 1000);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx64m", "-Dpdfbox.fontcache=" + dir,
                "-cp", System.getProperty("java.class.path"), ReadInBoundedMemory.class.getName(), pdf.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        child.waitFor(10, TimeUnit.MINUTES);

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("pages=1000 sections=100");
    }
}
