package dev.citegraph.queries.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets a request through only with {@code Authorization: Bearer <token>}; in front of every servlet of the server,
 * the API's and any mounted one (MCP), so none can be reached without it. CORS preflights (OPTIONS) pass: they
 * carry no credentials, and the CORS rules answer them; so do reads of the console's page and assets, which hold no
 * data ({@link ConsoleAssets}).
 */
final class BearerTokenFilter implements Filter {
    private final byte[] expected;

    BearerTokenFilter(String token) {
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String given = http.getHeader("Authorization");
        boolean preflight = "OPTIONS".equals(http.getMethod()) && http.getHeader("Access-Control-Request-Method") != null;
        boolean asset = ConsoleAssets.isAsset(http.getMethod(), http.getRequestURI());
        if (preflight || asset || (given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8)))) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse out = (HttpServletResponse) response;
        out.setStatus(401);
        out.setHeader("WWW-Authenticate", "Bearer realm=\"citegraph\"");
        out.setContentType(Problem.MEDIA_TYPE);
        Problem problem = Problem.of(401, "unauthorized", "A bearer token is needed", given == null
                ? "this server needs 'Authorization: Bearer TOKEN' on every request (the token kg serve was given)"
                : "the bearer token is not this server's").at(http.getRequestURI());
        out.getOutputStream().write(Json.bytes(problem));
    }
}
