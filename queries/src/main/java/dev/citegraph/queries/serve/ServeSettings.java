package dev.citegraph.queries.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a server listens and what it allows. Safe by default: loopback only, no token needed there; any other address
 * needs a bearer token, which every endpoint (mounted servlets too) then checks. Builds are off unless allowed;
 * builds by path only under the given roots; uploads only into {@code uploads}; no CORS unless origins are given.
 *
 * @param token          the bearer token every request must carry; empty for none (loopback only)
 * @param buildRoots     directories whose files may be built by path; empty: builds by upload only
 * @param uploads        the folder uploads are written to (one folder per job) and nowhere else
 * @param maxUploadBytes the largest upload taken, per request
 */
public record ServeSettings(String bind, int port, Optional<String> token, boolean allowBuilds, List<Path> buildRoots,
                            Path uploads, long maxUploadBytes, List<String> corsOrigins) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final long DEFAULT_MAX_UPLOAD = 100L * 1024 * 1024;

    public ServeSettings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(uploads, "uploads");
        buildRoots = List.copyOf(buildRoots);
        corsOrigins = List.copyOf(corsOrigins);
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, was " + port);
        if (maxUploadBytes < 1) throw new IllegalArgumentException("the upload cap must be positive");
        token.ifPresent(t -> {
            if (t.length() < 16) throw new IllegalArgumentException("the token must have at least 16 characters");
        });
        if (token.isEmpty() && !isLoopback(bind)) {
            throw new IllegalArgumentException("binding " + bind + " makes the server reachable from other machines, "
                    + "so it needs a bearer token: set CITEGRAPH_SERVE_TOKEN or --token-file FILE, or bind 127.0.0.1");
        }
    }

    /** Loopback only, no builds, uploads into {@code uploads}: what tests and a plain {@code kg serve} start with. */
    public static ServeSettings loopback(int port, Path uploads) {
        return new ServeSettings(LOOPBACK, port, Optional.empty(), false, List.of(), uploads, DEFAULT_MAX_UPLOAD,
                List.of());
    }

    public ServeSettings withToken(String value) {
        return new ServeSettings(bind, port, Optional.of(value), allowBuilds, buildRoots, uploads, maxUploadBytes,
                corsOrigins);
    }

    public ServeSettings withBuilds(List<Path> roots, long maxUpload) {
        return new ServeSettings(bind, port, token, true, roots, uploads, maxUpload, corsOrigins);
    }

    public static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
