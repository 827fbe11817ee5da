package dev.citegraph.mcp.transport;

import java.util.ArrayList;
import java.util.List;

/**
 * Which Host and Origin headers the HTTP endpoint accepts, against DNS rebinding: a page on another site that makes
 * the browser send requests to a local port carries its own Origin, and a rebound name its own Host. Patterns are
 * exact ({@code localhost:8080}, {@code http://localhost:8080}) or end in {@code :*} for any port. A request without
 * an Origin (not from a browser) is judged by its Host alone.
 */
public record HttpOrigins(List<String> hosts, List<String> origins) {
    private static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "[::1]");

    public HttpOrigins {
        hosts = List.copyOf(hosts);
        origins = List.copyOf(origins);
        if (hosts.isEmpty()) throw new IllegalArgumentException("allow at least one Host");
    }

    /** Loopback only, on any port: what a server listening on 127.0.0.1 should accept. */
    public static HttpOrigins loopback() {
        List<String> hosts = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        for (String name : LOOPBACK_NAMES) {
            hosts.add(name + ":*");
            origins.add("http://" + name + ":*");
            origins.add("https://" + name + ":*");
        }
        return new HttpOrigins(hosts, origins);
    }

    /** These and also {@code host} (a name or name:port) with its http and https origins. */
    public HttpOrigins withHost(String host) {
        List<String> moreHosts = new ArrayList<>(hosts);
        moreHosts.add(host);
        List<String> moreOrigins = new ArrayList<>(origins);
        moreOrigins.add("http://" + host);
        moreOrigins.add("https://" + host);
        return new HttpOrigins(moreHosts, moreOrigins);
    }
}
