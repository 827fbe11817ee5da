package dev.citegraph.queries.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The file by which {@code kg serve} tells other kg commands on the same data directory where it listens:
 * {@code serve.json} in the data directory, readable by its owner only (POSIX 600) since it holds the token.
 * Written once the server listens, removed when it stops; a file left by a killed server names a process that is gone
 * or a port that does not answer, and is ignored.
 *
 * @param token the bearer token the server checks, or null when it checks none (loopback)
 * @param bolt  where Neo4j's own tools reach the store (kg serve --bolt), or null when Bolt is not open to them
 */
public record ServerFile(String url, int port, String token, long pid, Bolt bolt) {
    public static final String NAME = "serve.json";

    /** The embedded Neo4j's Bolt connector as opened to other programs: URI, user and this run's password. */
    public record Bolt(String uri, String user, String password) {
        @Override
        public String toString() {
            return "Bolt[uri=" + uri + ", user=" + user + ", password=(hidden)]";
        }
    }

    public static Path of(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(NAME);
    }

    /** Writes the file for a server listening on {@code url}, owner-only from its first byte. */
    public static ServerFile write(Path dataDir, String url, int port, String token, Bolt bolt) {
        ServerFile entry = new ServerFile(url, port, token, ProcessHandle.current().pid(), bolt);
        Path target = of(dataDir);
        try {
            Path partial = target.resolveSibling(NAME + ".part");
            Files.deleteIfExists(partial);
            try {
                Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(partial);
            }
            Files.write(partial, Json.bytes(entry));
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileAlreadyExistsException e) {
            throw new UncheckedIOException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        return entry;
    }

    /** The server's file in {@code dataDir}, if there is one and it is readable. */
    public static Optional<ServerFile> read(Path dataDir) {
        Path file = of(dataDir);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(Json.MAPPER.readValue(Files.readAllBytes(file), ServerFile.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Removes the file if it is this process's own. */
    public static void remove(Path dataDir) {
        read(dataDir).filter(f -> f.pid() == ProcessHandle.current().pid()).ifPresent(f -> {
            try {
                Files.deleteIfExists(of(dataDir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Whether the process that wrote the file is still running. */
    public boolean processAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
