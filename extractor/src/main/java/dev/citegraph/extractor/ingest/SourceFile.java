package dev.citegraph.extractor.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A report file checked to exist and be readable: its document id (a slug of the file name), the SHA-256 of its
 * bytes and its first bytes, enough to tell its format.
 */
public record SourceFile(Path path, String documentId, String sha256, long size, byte[] head) {

    private static final int HEAD_BYTES = 4096;

    public static SourceFile open(Path path) {
        if (Files.isDirectory(path)) {
            throw ReportReadException.at(path, "is a directory, not a report", "give a PDF, Markdown, HTML or text file");
        }
        if (!Files.exists(path)) {
            throw ReportReadException.at(path, "file not found", "check the path");
        }
        try {
            long size = Files.size(path);
            if (size == 0) throw ReportReadException.at(path, "file is empty (0 bytes)", "give the full report file");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] head;
            try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
                head = in.readNBytes(HEAD_BYTES);
                in.transferTo(OutputStream.nullOutputStream());
            }
            return new SourceFile(path, idFor(path), HexFormat.of().formatHex(digest.digest()), size, head);
        } catch (NoSuchFileException e) {
            throw ReportReadException.at(path, "file not found", "check the path", e);
        } catch (IOException e) {
            throw ReportReadException.at(path, "cannot be read (" + e.getMessage() + ")", "check its permissions", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** {@code DeepSeek_V3.pdf} becomes {@code deepseek-v3}. */
    public static String idFor(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String slug = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "report" : slug;
    }

    /** The lower-case extension without the dot, or "" when the name has none. */
    public String extension() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    public byte[] head() {
        return Arrays.copyOf(head, head.length);
    }
}
