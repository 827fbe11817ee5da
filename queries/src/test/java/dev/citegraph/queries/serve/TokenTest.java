package dev.citegraph.queries.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The token rule: loopback needs none; anything else needs one, and then every endpoint checks it, mounts too. */
class TokenTest {
    private static final String TOKEN = "s3cret-token-for-tests-only";

    @Test
    void bindingBeyondLoopbackWithoutATokenIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> new ServeSettings("0.0.0.0", 0, Optional.empty(), false, List.of(), dir,
                ServeSettings.DEFAULT_MAX_UPLOAD, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a bearer token");
        assertThat(new ServeSettings("0.0.0.0", 0, Optional.of(TOKEN), false, List.of(), dir,
                ServeSettings.DEFAULT_MAX_UPLOAD, List.of()).token()).contains(TOKEN);
        assertThat(ServeSettings.isLoopback("127.0.0.1")).isTrue();
        assertThat(ServeSettings.isLoopback("localhost")).isTrue();
        assertThat(ServeSettings.isLoopback("0.0.0.0")).isFalse();
    }

    @Test
    void withATokenEveryEndpointAndEveryMountedServletChecksIt(@TempDir Path dir) {
        try (var store = new dev.citegraph.graph.rdf.TdbGraphStore(dir.resolve("tdb"))) {
            ServedGraph graph = new ServedGraph(store, dev.citegraph.graph.vocab.PredicateVocabulary.builtIn(),
                    Optional.empty(), java.time.Duration.ZERO);
            try (ApiServer server = ApiServer.builder(graph, ServeSettings.loopback(0, dir.resolve("uploads"))
                    .withToken(TOKEN)).mount("/echo/*", new Echo()).start()) {
                Http anonymous = Http.to(server.url());
                for (String path : List.of("/api/v1/health", "/api/v1/openapi.json", "/api/v1/stats", "/echo/x",
                        "/api/v1/nowhere")) {
                    Http.Response refused = anonymous.get(path);
                    assertThat(refused.status()).as(path).isEqualTo(401);
                    assertThat(refused.contentType()).startsWith("application/problem+json");
                    assertThat(refused.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"citegraph\"");
                }
                assertThat(anonymous.withToken("wrong-token-of-some-length").get("/api/v1/stats").status())
                        .isEqualTo(401);
                Http allowed = anonymous.withToken(TOKEN);
                assertThat(allowed.get("/api/v1/stats").status()).isEqualTo(200);
                Http.Response echoed = allowed.get("/echo/x");
                assertThat(echoed.status()).isEqualTo(200);
                assertThat(echoed.body()).isEqualTo("mounted /echo/x");
            }
        }
    }

    @Test
    void aTakenPortIsAOneLineError(@TempDir Path dir) throws IOException {
        try (var store = new dev.citegraph.graph.rdf.TdbGraphStore(dir.resolve("tdb"));
             java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                     java.net.InetAddress.getByName("127.0.0.1"))) {
            ServedGraph graph = new ServedGraph(store, dev.citegraph.graph.vocab.PredicateVocabulary.builtIn(),
                    Optional.empty(), java.time.Duration.ZERO);
            assertThatThrownBy(() -> ApiServer.builder(graph, ServeSettings.loopback(taken.getLocalPort(),
                    dir.resolve("uploads"))).start())
                    .isInstanceOf(ServeException.class)
                    .hasMessage("port " + taken.getLocalPort() + " on 127.0.0.1 is in use (or not allowed); stop what "
                            + "listens there or choose another with --port N");
        }
    }

    /** A servlet like the MCP transport: mounted beside the API on the same port. */
    private static final class Echo extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().write("mounted " + request.getRequestURI());
        }
    }
}
