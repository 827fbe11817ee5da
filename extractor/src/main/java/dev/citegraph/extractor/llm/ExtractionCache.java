package dev.citegraph.extractor.llm;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.citegraph.extractor.extract.CandidateFact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Models' readable answers on disk, one small JSON file per call, keyed by provider:model, the server (base URL:
 * the same model name on two servers is two models), prompt version and the SHA-256 of the exact user message (the section part's text and tables). An unchanged report costs no call; a
 * changed section misses only its own entries. Failed calls are not stored. Safe for concurrent use: each entry is
 * written to a temporary file and moved into place.
 */
public final class ExtractionCache {

    /** One stored answer: the facts as the model proposed them (before verification) and what was unusable. */
    public record Entry(String model, String promptVersion, String section, List<CandidateFact> facts,
                        int incomplete) {
        public Entry {
            facts = facts == null ? List.of() : List.copyOf(facts);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ExtractionCache.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path dir;

    private ExtractionCache(Path dir) {
        this.dir = dir;
    }

    public static ExtractionCache at(Path dir) {
        return new ExtractionCache(dir);
    }

    /** A cache that remembers nothing (--no-cache): every call is made. */
    public static ExtractionCache disabled() {
        return new ExtractionCache(null);
    }

    public static String key(LlmSettings settings, String userMessage) {
        return sha256(settings.spec() + "\n" + server(settings.baseUrl()) + "\n" + ExtractionPrompt.VERSION + "\n"
                + sha256(userMessage));
    }

    /** The base URL as the server it names: scheme and host in lower case, no trailing slash. */
    static String server(String baseUrl) {
        String url = baseUrl.strip().replaceAll("/+$", "");
        int path = url.indexOf('/', url.indexOf("://") + 3);
        if (url.indexOf("://") < 0 || path < 0) return url.toLowerCase(java.util.Locale.ROOT);
        return url.substring(0, path).toLowerCase(java.util.Locale.ROOT) + url.substring(path);
    }

    public Optional<Entry> get(String key) {
        if (dir == null) return Optional.empty();
        Path file = fileFor(key);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(JSON.readValue(file.toFile(), Entry.class));
        } catch (IOException e) {
            // A damaged entry costs one call, never the build.
            LOG.warn("ignoring unreadable cache entry {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    public void put(String key, Entry entry) {
        if (dir == null) return;
        Path file = fileFor(key);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), key, ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), entry);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("cannot write cache entry {}: {}", file, e.getMessage());
        }
    }

    public boolean enabled() {
        return dir != null;
    }

    private Path fileFor(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
