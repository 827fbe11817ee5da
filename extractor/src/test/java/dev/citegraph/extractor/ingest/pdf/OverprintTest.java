package dev.citegraph.extractor.ingest.pdf;

import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReportReaders;
import dev.citegraph.extractor.ingest.TestPdfs;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class OverprintTest {

    @TempDir
    Path dir;

    @Test
    void textPrintedTwiceToFakeBoldIsReadOnce() throws IOException {
        Path pdf = dir.resolve("fake-bold.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (float offset : new float[] {0f, 0.3f}) {
                    content.beginText();
                    content.setFont(TestPdfs.REGULAR, 11);
                    content.newLineAtOffset(72 + offset, 700);
                    content.showText("Hello overprinted world");
                    content.endText();
                }
            }
            document.save(pdf.toFile());
        }

        IngestedReport report = ReportReaders.read(pdf);

        assertThat(report.sections().get(0).text()).isEqualTo("Hello overprinted world");
    }
}
