package dev.citegraph.extractor.ingest.pdf;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Line numbers in the margin of a review copy are taken off their lines; numbers that are text stay. */
class MarginLineNumbersTest {

    private static PdfLine line(int y, String number, String text) {
        List<PdfCell> cells = new ArrayList<>();
        if (number != null) cells.add(new PdfCell(number, 40, 52, 10, 0, number.length()));
        cells.add(new PdfCell(text, 72, 72 + 5 * text.length(), 10, 0, text.length()));
        return new PdfLine(1, y, cells);
    }

    @Test
    void risingNumbersAtTheSameLeftEdgeAreTakenOff() {
        List<PdfLine> lines = new ArrayList<>();
        lines.add(new PdfLine(1, 100, List.of(new PdfCell("75 1", 40, 60, 12, 1, 4), new PdfCell("Introduction", 80, 140, 12, 12, 12))));
        for (int i = 1; i <= 9; i++) lines.add(line(100 + 12 * i, String.valueOf(75 + i), "Body text of line " + i + "."));

        PdfPage cleaned = MarginLineNumbers.remove(new PdfPage(1, 800, lines));

        assertThat(cleaned.lines()).extracting(PdfLine::text).startsWith("1 Introduction", "Body text of line 1.");
    }

    @Test
    void aTableColumnOfNumbersThatDoesNotRiseStays() {
        List<PdfLine> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) lines.add(line(100 + 12 * i, String.valueOf(i % 2 == 0 ? 64 : 32), "row " + i));

        PdfPage page = new PdfPage(1, 800, lines);

        assertThat(MarginLineNumbers.remove(page).lines()).extracting(PdfLine::text).first().isEqualTo("64 row 0");
    }

    /** A review copy numbers its title lines too (OpenMP's OMPD report read "1 OMPD: ... 2 Debugger Support ..."). */
    @Test
    void theTitleIsReadWithoutTheLineNumbers() {
        List<PdfLine> lines = new ArrayList<>();
        lines.add(new PdfLine(1, 100, List.of(new PdfCell("1", 40, 46, 10, 0, 1),
                new PdfCell("A Debugger Interface", 72, 300, 20, 0, 20))));
        lines.add(new PdfLine(1, 130, List.of(new PdfCell("2", 40, 46, 10, 0, 1),
                new PdfCell("for Parallel Programs", 72, 300, 20, 0, 21))));
        for (int i = 3; i <= 12; i++) lines.add(line(130 + 12 * i, String.valueOf(i), "Body text of line " + i + "."));

        String title = PdfReportAssembler.assemble("review", "review.pdf", "0", List.of(new PdfPage(1, 800, lines)), null,
                PdfOutline.none()).document().title();

        assertThat(title).isEqualTo("A Debugger Interface for Parallel Programs");
    }

    /** Right-aligned line numbers start a digit further left once they reach 1000 (OMPD: "993" at 72, "1000" at 69). */
    @Test
    void numbersGainingADigitStillCountAsOneMarginColumn() {
        List<PdfLine> lines = new ArrayList<>();
        for (int n = 993; n <= 1012; n++) {
            float x0 = n < 1000 ? 72.4f : 69.1f;
            String text = n == 993 ? "15" : "Body text of line " + n + ".";
            String first = n == 993 ? n + " 15" : String.valueOf(n);
            List<PdfCell> cells = new ArrayList<>(List.of(new PdfCell(first, x0, n == 993 ? 106 : 80, 10, 0, first.length())));
            if (n == 993) cells.add(new PdfCell("Type Definitions", 122, 364, 10, 16, 16));
            else cells.add(new PdfCell(text, 90, 90 + 5 * text.length(), 10, 0, text.length()));
            lines.add(new PdfLine(1, 100 + 12 * (n - 993), cells));
        }

        PdfPage cleaned = MarginLineNumbers.remove(new PdfPage(1, 800, lines));

        assertThat(cleaned.lines()).extracting(PdfLine::text).startsWith("15 Type Definitions", "Body text of line 994.");
    }
}
