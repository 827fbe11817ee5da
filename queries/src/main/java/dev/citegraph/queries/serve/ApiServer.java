package dev.citegraph.queries.serve;

import dev.citegraph.dsl.QueryException;
import dev.citegraph.graph.store.StoreException;
import dev.citegraph.queries.answer.log.QaLog;
import dev.citegraph.queries.query.saved.QueryLibrary;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.util.JavalinBindException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Servlet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The HTTP server of {@code kg serve}: the web console at {@code /}, the JSON API under {@code /api/v1}, its OpenAPI
 * document, build jobs when allowed, and any servlet mounted beside them (the MCP streamable HTTP transport), all behind the same bearer-token
 * check when the server has a token. Errors are RFC 9457 problems; nothing answers with a stack trace.
 *
 * <pre>{@code
 * ApiServer server = ApiServer.builder(graph, settings)
 *         .builds(jobs)                                   // optional: builds through the server
 *         .mount("/mcp/*", mcpServlet)                    // optional: more servlets, same port, same token
 *         .start();
 * }</pre>
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final Javalin app;
    private final ServeSettings settings;
    private final Optional<WarmUp> warmUp;

    private ApiServer(Javalin app, ServeSettings settings, Optional<WarmUp> warmUp) {
        this.app = app;
        this.settings = settings;
        this.warmUp = warmUp;
    }

    /** A servlet served beside the API on {@code pathSpec} (a servlet path spec such as {@code /mcp/*}). */
    public record Mount(String pathSpec, Servlet servlet) {
        public Mount {
            Objects.requireNonNull(pathSpec, "pathSpec");
            Objects.requireNonNull(servlet, "servlet");
            if (pathSpec.startsWith(ApiRoutes.BASE)) {
                throw new IllegalArgumentException(pathSpec + " is the API's; mount elsewhere (e.g. /mcp/*)");
            }
        }
    }

    public static Builder builder(ServedGraph graph, ServeSettings settings) {
        return new Builder(graph, settings);
    }

    public static final class Builder {
        private final ServedGraph graph;
        private final ServeSettings settings;
        private final List<Mount> mounts = new ArrayList<>();
        private Optional<BuildJobs> builds = Optional.empty();
        private Optional<QaLog> qaLog = Optional.empty();
        private QueryLibrary savedQueries = new QueryLibrary(null);
        private boolean warmUp = true;

        private Builder(ServedGraph graph, ServeSettings settings) {
            this.graph = Objects.requireNonNull(graph, "graph");
            this.settings = Objects.requireNonNull(settings, "settings");
        }

        /** Builds through the server; only when the settings allow them. */
        public Builder builds(BuildJobs jobs) {
            if (!settings.allowBuilds()) throw new IllegalStateException("builds are not allowed by the settings");
            this.builds = Optional.of(jobs);
            return this;
        }

        /** Where {@code ask} appends its Q&A records; none when not set. */
        public Builder qaLog(QaLog log) {
            this.qaLog = Optional.of(log);
            return this;
        }

        /** The saved queries the console offers; the starter library when not set. */
        public Builder savedQueries(QueryLibrary library) {
            this.savedQueries = Objects.requireNonNull(library, "library");
            return this;
        }

        /**
         * Starts without sending the console's requests first, nor after builds: ready as soon as the port is bound,
         * for callers that only use the API and would rather not wait; the first request of each kind pays for
         * its planning.
         */
        public Builder withoutWarmUp() {
            this.warmUp = false;
            return this;
        }

        /** Serves {@code servlet} on {@code pathSpec}, behind the same token check as the API. */
        public Builder mount(String pathSpec, Servlet servlet) {
            mounts.add(new Mount(pathSpec, servlet));
            return this;
        }

        /**
         * Starts listening, then sends the web console's requests once ({@link WarmUp}) before returning, so that the
         * first visitor does not pay for the store planning its queries and the JIT: the port is bound and warm when
         * this returns. Requests that arrive during the warm-up are answered as usual; only the caller's ready signal
         * (kg serve's first line and its server file) waits for it. Each build through the server warms it again.
         *
         * @throws ServeException the port is taken or the address cannot be bound, with a one-line message
         */
        public ApiServer start() {
            Path parts = settings.uploads().resolve(".parts");
            try {
                Files.createDirectories(parts);
            } catch (IOException e) {
                throw new ServeException("cannot create the upload folder " + parts + ": " + e.getMessage()
                        + "; choose another with --uploads DIR", e);
            }
            Javalin app = Javalin.create(config -> configure(config, parts));
            try {
                app.start();
            } catch (JavalinBindException e) {
                app.stop();
                throw new ServeException("port " + settings.port() + " on " + settings.bind() + " is in use (or not "
                        + "allowed); stop what listens there or choose another with --port N", e);
            } catch (RuntimeException e) {
                app.stop();
                throw new ServeException("cannot listen on " + settings.bind() + ":" + settings.port() + ": "
                        + rootMessage(e) + "; check --bind and --port", e);
            }
            try {
                if (!warmUp) return new ApiServer(app, settings, Optional.empty());
                WarmUp warm = new WarmUp(graph, savedQueries, url(settings, app.port()), settings.token());
                warm.run();
                builds.ifPresent(jobs -> jobs.afterBuilds(warm::run));
                return new ApiServer(app, settings, Optional.of(warm));
            } catch (RuntimeException e) {
                app.stop();
                throw e;
            }
        }

        private void configure(JavalinConfig config, Path parts) {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = settings.bind();
            config.jetty.port = settings.port();
            config.http.maxRequestSize = 4L * 1024 * 1024;
            config.jetty.multipartConfig.cacheDirectory(parts.toString());
            config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes() + 64 * 1024, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            if (!settings.corsOrigins().isEmpty()) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    rule.allowHost(settings.corsOrigins().get(0),
                            settings.corsOrigins().subList(1, settings.corsOrigins().size()).toArray(String[]::new));
                    rule.exposeHeader("Location");
                }));
            }
            config.jetty.modifyServletContextHandler(handler -> {
                settings.token().ifPresent(token -> handler.addFilter(new FilterHolder(new BearerTokenFilter(token)),
                        "/*", EnumSet.of(DispatcherType.REQUEST)));
                for (Mount mount : mounts) {
                    ServletHolder holder = new ServletHolder(mount.servlet());
                    holder.setAsyncSupported(true);
                    handler.addServlet(holder, mount.pathSpec());
                }
            });
            new ApiRoutes(graph, qaLog).register(config.routes, builds.isPresent());
            new BrowseRoutes(graph, savedQueries).register(config.routes);
            ConsoleAssets.configure(config);
            new BuildRoutes(builds, settings).register(config.routes);
            config.routes.exception(Problem.Failure.class, (e, ctx) -> problem(ctx, e.problem()));
            config.routes.exception(QueryException.class, (e, ctx) -> problem(ctx, Problem.of(e)));
            config.routes.exception(StoreException.class, (e, ctx) -> problem(ctx, Problem.of(503, "store-unavailable",
                    "The graph store did not answer", e.getMessage())));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, Problem.of(e.getStatus(),
                    "http-" + e.getStatus(), title(e.getStatus()), e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                problem(ctx, Problem.of(500, "internal", "Internal error", "citegraph failed on this request ("
                        + e.getClass().getSimpleName() + "); the server's log has the details"));
            });
        }
    }

    private static void problem(Context ctx, Problem problem) {
        ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(Json.bytes(problem.at(ctx.path())));
    }

    private static String title(int status) {
        return switch (status) {
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "The request is too large";
            default -> status < 500 ? "The request is not valid" : "The server failed";
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        return String.valueOf(root.getMessage());
    }

    public int port() {
        return app.port();
    }

    /** Where the server listens, e.g. {@code http://127.0.0.1:7474}; a wildcard bind is shown as loopback. */
    public URI url() {
        return url(settings, port());
    }

    private static URI url(ServeSettings settings, int port) {
        String host = settings.bind().equals("0.0.0.0") || settings.bind().equals("::") ? "127.0.0.1" : settings.bind();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create("http://" + host + ":" + port);
    }

    public ServeSettings settings() {
        return settings;
    }

    /**
     * The warm-ups: the one {@link Builder#start()} waited for, then one after each build through the server; none
     * when started {@linkplain Builder#withoutWarmUp() without}.
     */
    Optional<WarmUp> warmUp() {
        return warmUp;
    }

    /** Stops listening; requests under way are finished first. The caller closes the jobs and the store after. */
    @Override
    public void close() {
        try {
            app.stop();
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("the HTTP server did not stop cleanly", e));
        }
    }
}
