package dev.citegraph.mcp.transport;

import dev.citegraph.mcp.CitegraphTools;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.servlet.http.HttpServlet;

import java.time.Duration;

/**
 * The tools over MCP's streamable HTTP transport, as one servlet for any Jakarta Servlet 6 container (Jetty 12 ee10,
 * which Javalin 7 runs on). Mount {@link #servlet()} at {@link #PATH} with async support on; requests whose Host or
 * Origin is not allowed get 421 or 403 before any tool runs.
 *
 * <pre>{@code
 * McpHttpEndpoint mcp = McpHttpEndpoint.create(tools, HttpOrigins.loopback());
 * ServletHolder holder = new ServletHolder("mcp", mcp.servlet());
 * holder.setAsyncSupported(true);
 * servletContextHandler.addServlet(holder, McpHttpEndpoint.PATH);
 * ...
 * mcp.close();   // before the store closes
 * }</pre>
 */
public final class McpHttpEndpoint implements AutoCloseable {
    public static final String PATH = "/mcp";

    private final HttpServletStreamableServerTransportProvider transport;
    private final McpSyncServer server;

    private McpHttpEndpoint(HttpServletStreamableServerTransportProvider transport, McpSyncServer server) {
        this.transport = transport;
        this.server = server;
    }

    /** An endpoint at {@link #PATH} serving {@code tools} to requests from {@code allowed} hosts and origins. */
    public static McpHttpEndpoint create(CitegraphTools tools, HttpOrigins allowed) {
        return create(tools, allowed, PATH);
    }

    /** The same at another path (the servlet answers only request paths that end with it). */
    public static McpHttpEndpoint create(CitegraphTools tools, HttpOrigins allowed, String path) {
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(McpJsonDefaults.getMapper())
                .mcpEndpoint(path)
                .keepAliveInterval(Duration.ofSeconds(30))
                .securityValidator(DefaultServerTransportSecurityValidator.builder()
                        .allowedHosts(allowed.hosts())
                        .allowedOrigins(allowed.origins())
                        .build())
                .build();
        return new McpHttpEndpoint(transport, tools.serve(McpServer.sync(transport)));
    }

    /** The servlet to mount; it needs async support (streamed responses). */
    public HttpServlet servlet() {
        return transport;
    }

    /** Closes every MCP session; the servlet answers no more calls. */
    @Override
    public void close() {
        server.closeGracefully();
    }
}
