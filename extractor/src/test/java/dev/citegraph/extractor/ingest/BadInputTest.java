package dev.citegraph.extractor.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every unreadable input fails with one line saying what is wrong, where, and what to do. */
class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void missingFileSaysNotFound() {
        assertOneLineError(dir.resolve("nowhere.pdf"), ReadOptions.defaults(), "nowhere.pdf: file not found");
    }

    @Test
    void emptyFileSaysEmpty() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.md"));
        assertOneLineError(empty, ReadOptions.defaults(), "empty.md: file is empty");
    }

    @Test
    void directoryIsNotAReport() {
        assertOneLineError(dir, ReadOptions.defaults(), "is a directory");
    }

    @Test
    void textNamedPdfIsRefused() throws IOException {
        Path fake = Files.writeString(dir.resolve("report.pdf"), "# Not a PDF\n\nJust Markdown.\n");
        assertOneLineError(fake, ReadOptions.defaults(), "report.pdf: is named .pdf but is not a PDF", "looks like text");
    }

    @Test
    void binaryNamedPdfIsRefused() throws IOException {
        Path fake = Files.write(dir.resolve("image.pdf"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertOneLineError(fake, ReadOptions.defaults(), "is not a PDF", "binary data");
    }

    @Test
    void encryptedPdfWithoutPasswordAsksForOne() throws IOException {
        Path locked = TestPdfs.encrypted(dir.resolve("locked.pdf"), "open-sesame");
        assertOneLineError(locked, ReadOptions.defaults(), "locked.pdf: the PDF is encrypted and needs a password", "--password");
    }

    @Test
    void encryptedPdfWithWrongPasswordSaysSo() throws IOException {
        Path locked = TestPdfs.encrypted(dir.resolve("locked.pdf"), "open-sesame");
        assertOneLineError(locked, new ReadOptions("guess"), "the password given does not open this encrypted PDF");
    }

    @Test
    void encryptedPdfOpensWithItsPassword() throws IOException {
        Path locked = TestPdfs.encrypted(dir.resolve("locked.pdf"), "open-sesame");

        IngestedReport report = ReportReaders.read(locked, new ReadOptions("open-sesame"));

        assertThat(report.sections()).anySatisfy(s -> assertThat(s.text()).contains("only its readers may open"));
    }

    @Test
    void truncatedPdfIsRefused() throws IOException {
        byte[] whole = Files.readAllBytes(Corpus.pdf("DeepSeek_R1.pdf"));
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(whole, whole.length / 2));
        assertOneLineError(cut, ReadOptions.defaults(), "cut.pdf: the PDF is truncated", "download or copy the report again");
    }

    @Test
    void corruptPdfIsRefused() throws IOException {
        Path corrupt = Files.writeString(dir.resolve("corrupt.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage\n%%EOF\n",
                StandardCharsets.ISO_8859_1);
        assertOneLineError(corrupt, ReadOptions.defaults(), "corrupt.pdf: ", "qpdf");
    }

    @Test
    void imageOnlyPdfSuggestsOcr() throws IOException {
        Path scan = TestPdfs.imageOnly(dir.resolve("scan.pdf"));
        assertOneLineError(scan, ReadOptions.defaults(), "scan.pdf: has no text layer", "OCR");
    }

    @Test
    void pdfWithZeroPagesSaysSo() throws IOException {
        Path empty = dir.resolve("zero.pdf");
        try (PDDocument document = new PDDocument()) {
            document.save(empty.toFile());
        }
        assertOneLineError(empty, ReadOptions.defaults(), "zero.pdf: the PDF has zero pages");
    }

    @Test
    void latin1TextSaysWhereDecodingFails() throws IOException {
        byte[] latin1 = "1 Introduction\n\nThe caf\u00e9 report.\n".getBytes(StandardCharsets.ISO_8859_1);
        Path text = Files.write(dir.resolve("notes.txt"), latin1);
        assertOneLineError(text, ReadOptions.defaults(), "notes.txt: is not valid UTF-8 at line 3, column 8 (byte 0xE9",
                "iconv");
    }

    private static void assertOneLineError(Path file, ReadOptions options, String... parts) {
        assertThatThrownBy(() -> ReportReaders.read(file, options))
                .isInstanceOf(ReportReadException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").contains(List.of(parts)));
    }
}
