package dev.citegraph.extractor.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Reads a text report as UTF-8 (a UTF-8 or UTF-16 byte-order mark is honoured). Anything else is refused with the
 * line, column and byte where decoding fails, because guessing an encoding silently corrupts quotes.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    public static String decode(SourceFile source) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source.path());
        } catch (IOException e) {
            throw ReportReadException.at(source.path(), "cannot be read (" + e.getMessage() + ")", "check its permissions", e);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        if (startsWith(bytes, 0xFF, 0xFE)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            if (text.indexOf('\0') >= 0) {
                throw notText(source, bytes, firstNul(bytes), "holds NUL bytes, so it is binary, not text");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw notText(source, bytes, firstInvalidByte(bytes, start), "is not valid UTF-8");
        }
    }

    private static ReportReadException notText(SourceFile source, byte[] bytes, int offset, String what) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String where = String.format("at line %d, column %d (byte 0x%02X at offset %d)",
                line, offset - lineStart + 1, bytes[offset] & 0xFF, offset);
        return ReportReadException.at(source.path(), what + " " + where,
                "convert it to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8 IN > OUT, or give the report as PDF");
    }

    private static int firstInvalidByte(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > bytes.length) return i;
            for (int k = 1; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) return i;
            }
            i += length;
        }
        return Math.max(from, bytes.length - 1);
    }

    private static int firstNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) return i;
        }
        return 0;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
