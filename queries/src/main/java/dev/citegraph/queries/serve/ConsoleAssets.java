package dev.citegraph.queries.serve;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The web console: {@code /} is its page, {@code /console/*} its scripts and styles, {@code /webjars/*} the libraries
 * it uses (cytoscape), all from the jar. None of it holds data, so none of it needs the token: the page asks for the
 * token and sends it with each API call, where it is checked.
 */
final class ConsoleAssets {
    static final String ASSETS = "/console";
    private static final String DIRECTORY = "/dev/citegraph/console";
    private static final byte[] PAGE = load();

    private ConsoleAssets() {
    }

    static void configure(JavalinConfig config) {
        config.staticFiles.enableWebjars();
        config.staticFiles.add(files -> {
            files.hostedPath = ASSETS;
            files.directory = DIRECTORY;
            files.location = Location.CLASSPATH;
            files.headers = java.util.Map.of("Cache-Control", "no-cache");
        });
        config.routes.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache")
                .result(PAGE.clone()));
    }

    /** Whether a request only reads the console's page or assets, which the token does not guard. */
    static boolean isAsset(String method, String path) {
        if (!method.equals("GET") && !method.equals("HEAD")) return false;
        return path.equals("/") || path.startsWith(ASSETS + "/") || path.startsWith("/webjars/");
    }

    private static byte[] load() {
        try (InputStream in = ConsoleAssets.class.getResourceAsStream(DIRECTORY + "/index.html")) {
            if (in == null) throw new IllegalStateException("the console's index.html is missing from the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
