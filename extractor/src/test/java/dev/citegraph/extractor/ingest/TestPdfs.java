package dev.citegraph.extractor.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Small real PDFs written with PDFBox for tests: plain, encrypted, image-only. */
public final class TestPdfs {

    public static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    public static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);

    private TestPdfs() {
    }

    /** One page holding the given lines in 11 pt Times, a line every 14 pt from the top margin. */
    public static Path withText(Path file, List<String> lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            addPage(document, lines);
            document.save(file.toFile());
        }
        return file;
    }

    public static Path encrypted(Path file, String userPassword) throws IOException {
        try (PDDocument document = new PDDocument()) {
            addPage(document, List.of("1 Introduction", "A report that only its readers may open."));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    public static Path imageOnly(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            scan.getGraphics().drawString("scanned words", 10, 50);
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 50, 600, 400, 200);
            }
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * A long report: every page has a running header, a page number at the bottom and 40 lines of body text; every
     * tenth page opens with a bold numbered heading.
     */
    public static Path longReport(Path file, int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int n = 1; n <= pages; n++) {
                List<String> lines = new java.util.ArrayList<>();
                if (n % 10 == 1) lines.add("**" + (n / 10 + 1) + " Part Number " + (n / 10 + 1));
                for (int i = 0; i < 40; i++) {
                    lines.add("Page " + n + " line " + i + " holds ordinary words that fill a line of body text here.");
                }
                addPage(document, lines);
                try (PDPageContentStream edges = new PDPageContentStream(document, document.getPage(n - 1),
                        PDPageContentStream.AppendMode.APPEND, false)) {
                    showAt(edges, 72, PDRectangle.A4.getHeight() - 40, "A Long Report on Many Things");
                    showAt(edges, 290, 40, String.valueOf(n));
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static void showAt(PDPageContentStream content, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(REGULAR, 9);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** What is drawn on a one-page test PDF. */
    private interface PageContent {
        void draw(PDPageContentStream content) throws IOException;
    }

    /** An A4 page drawn by {@code drawing}, saved to {@code file}. */
    private static Path onePage(Path file, PageContent drawing) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawing.draw(content);
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** One page set in two columns: each list is printed top-down in its column, both starting at the same height. */
    public static Path twoColumns(Path file, List<String> left, List<String> right) throws IOException {
        return onePage(file, content -> {
            writeColumn(content, 56, left);
            writeColumn(content, 310, right);
        });
    }

    /**
     * One page: the lines of {@code across} (a title, an abstract) printed from the left margin across the page, then
     * two columns below them, the right one starting {@code rightDrop} points lower than the left, so with a drop of
     * half a line no line of one column shares a baseline with a line of the other.
     */
    public static Path twoColumnsUnder(Path file, List<String> across, List<String> left, List<String> right,
                                       float rightDrop) throws IOException {
        return onePage(file, content -> {
            float y = PDRectangle.A4.getHeight() - 60;
            writeColumn(content, 56, y, across);
            y -= 12 * across.size() + 20;
            writeColumn(content, 56, y, left);
            writeColumn(content, 310, y - rightDrop, right);
        });
    }

    /**
     * One page with a table across its whole width at the top (each row's cells at the given x positions, 9 pt), then
     * two columns below it as in {@link #twoColumns}.
     */
    public static Path twoColumnsBelowATable(Path file, float[] cellXs, List<List<String>> rows, List<String> left,
                                             List<String> right) throws IOException {
        return onePage(file, content -> {
            float y = PDRectangle.A4.getHeight() - 60;
            for (List<String> row : rows) {
                for (int i = 0; i < row.size(); i++) showAt(content, cellXs[i], y, row.get(i));
                y -= 11;
            }
            writeColumn(content, 56, y - 20, left);
            writeColumn(content, 310, y - 20, right);
        });
    }

    /**
     * One page: the lines of {@code across} printed from the left margin across the page, then a table in the left
     * column (each row's cells at the given x positions) and the lines of {@code right} in the right column beside
     * it, each table row on the baseline of a line of the right column.
     */
    public static Path tableBesideAColumn(Path file, List<String> across, float[] cellXs, List<List<String>> rows,
                                          List<String> right) throws IOException {
        return onePage(file, content -> {
            float y = PDRectangle.A4.getHeight() - 60;
            writeColumn(content, 56, y, across);
            y -= 12 * across.size() + 20;
            writeColumn(content, 310, y, right);
            for (List<String> row : rows) {
                for (int i = 0; i < row.size(); i++) showAt(content, cellXs[i], y, row.get(i));
                y -= 12;
            }
        });
    }

    private static void writeColumn(PDPageContentStream content, float x, List<String> lines) throws IOException {
        writeColumn(content, x, PDRectangle.A4.getHeight() - 90, lines);
    }

    private static void writeColumn(PDPageContentStream content, float x, float top, List<String> lines) throws IOException {
        float y = top;
        for (String line : lines) {
            boolean bold = line.startsWith("**");
            content.beginText();
            content.setFont(bold ? BOLD : REGULAR, 10);
            content.newLineAtOffset(x, y);
            content.showText(bold ? line.substring(2) : line);
            content.endText();
            y -= 12;
        }
    }

    /**
     * Writes lines on a new page; a line starting with "**" is set in bold, one starting with "##" in 14 pt bold (the
     * markers are not printed).
     */
    public static void addPage(PDDocument document, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            float y = PDRectangle.A4.getHeight() - 90;
            for (String line : lines) {
                boolean bold = line.startsWith("**");
                boolean large = line.startsWith("##");
                content.beginText();
                content.setFont(bold || large ? BOLD : REGULAR, large ? 14 : 11);
                content.newLineAtOffset(72, y);
                content.showText(bold || large ? line.substring(2) : line);
                content.endText();
                y -= large ? 20 : 14;
            }
        }
    }
}
