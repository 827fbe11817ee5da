package dev.citegraph.extractor.ingest.pdf;

import dev.citegraph.extractor.ingest.ReportReadException;
import dev.citegraph.extractor.ingest.SourceFile;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;

/**
 * A complete PDF ends with {@code %%EOF}. PDFBox repairs a truncated file silently and reads what is left, which
 * would cite a partial report as if it were whole, so a missing end marker is refused up front.
 */
final class PdfTrailer {

    private static final int TAIL_BYTES = 2048;

    private PdfTrailer() {
    }

    static void requireComplete(SourceFile source) {
        try (RandomAccessFile file = new RandomAccessFile(source.path().toFile(), "r")) {
            long length = file.length();
            int tail = (int) Math.min(TAIL_BYTES, length);
            byte[] bytes = new byte[tail];
            file.seek(length - tail);
            file.readFully(bytes);
            if (!new String(bytes, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw ReportReadException.at(source.path(), "the PDF is truncated (it stops after "
                        + length + " bytes without the %%EOF end marker)", "download or copy the report again");
            }
        } catch (IOException e) {
            throw ReportReadException.at(source.path(), "cannot be read (" + e.getMessage() + ")", "check its permissions", e);
        }
    }
}
