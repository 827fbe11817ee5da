package dev.citegraph.queries.answer.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The Q&A log: JSON Lines in UTF-8, one record a line, appended. Each record is serialised whole and written with one
 * append under a lock (a JVM-wide one per file, and a file lock against other processes), so lines of concurrent
 * asks never interleave and a reader never sees half a line.
 */
public final class QaLog {
    private static final ConcurrentMap<Path, Object> LOCKS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public QaLog(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    public Path file() {
        return file;
    }

    public void append(QaRecord record) {
        byte[] line = line(record);
        synchronized (LOCKS.computeIfAbsent(file, f -> new Object())) {
            try {
                if (file.getParent() != null) Files.createDirectories(file.getParent());
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
                     FileLock ignored = channel.lock()) {
                    ByteBuffer buffer = ByteBuffer.wrap(line);
                    while (buffer.hasRemaining()) channel.write(buffer);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the Q&A log " + file + ": " + e.getMessage()
                        + " (check that its folder is writable, or give another file with --log)", e);
            }
        }
    }

    /** Every record of the log, in the order written. */
    public List<QaRecord> read() {
        if (!Files.exists(file)) return List.of();
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .map(QaLog::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Q&A log " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] line(QaRecord record) {
        try {
            // Jackson escapes line breaks inside strings, so the record is exactly one line.
            return (JSON.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Q&A record must serialise: " + e.getMessage(), e);
        }
    }

    private static QaRecord parse(String line) {
        try {
            return JSON.readValue(line, QaRecord.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the Q&A log holds a line that is not a record: " + e.getOriginalMessage(), e);
        }
    }
}
