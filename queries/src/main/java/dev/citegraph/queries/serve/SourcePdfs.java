package dev.citegraph.queries.serve;

import dev.citegraph.graph.model.Document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The source PDF of a document, when this server can read it: the file its build recorded is still there, is a PDF,
 * and (when the build recorded a checksum) has the same SHA-256, so the page shown is the page the quote came from and
 * a path in an imported graph cannot make the server hand out some other file. Checksums are remembered per file
 * size and modification time, so a page view does not hash a 2 MB report each time.
 */
final class SourcePdfs {
    private record Seen(long size, long modified, String sha256) {
    }

    private final Map<Path, Seen> seen = new ConcurrentHashMap<>();

    Optional<Path> readable(Document document) {
        if (document.sourcePath() == null || document.sourcePath().isBlank()) return Optional.empty();
        try {
            Path file = Path.of(document.sourcePath()).toAbsolutePath().normalize();
            if (!Files.isRegularFile(file) || !isPdf(file)) return Optional.empty();
            String recorded = document.sha256() == null ? "" : document.sha256().strip();
            if (recorded.isEmpty() || recorded.equalsIgnoreCase(sha256(file))) return Optional.of(file);
            return Optional.empty();
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static boolean isPdf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(5);
            return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-");
        }
    }

    private String sha256(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        Seen known = seen.get(file);
        if (known != null && known.size() == size && known.modified() == modified) return known.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            String hash = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            seen.put(file, new Seen(size, modified, hash));
            return hash;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
