package dev.citegraph.graph.store;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The embedded server's Bolt connector opened to Neo4j's own tools (Neo4j Browser, cypher-shell, any driver): on a
 * loopback port of the user's choice, for user {@value #USER} with a password. Without it the connector listens on a
 * free port for this process's own driver only.
 *
 * @param port     the loopback port to listen on; 0 picks a free one
 * @param password the password of user {@value #USER} while the server runs
 */
public record OpenBolt(int port, String password) {
    public static final String USER = "neo4j";
    /** Neo4j's default minimum ({@code dbms.security.auth_minimum_password_length}). */
    private static final int MINIMUM_PASSWORD = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    public OpenBolt {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("the Bolt port must be 0..65535, was " + port);
        Objects.requireNonNull(password, "password");
        if (password.length() < MINIMUM_PASSWORD) {
            throw new IllegalArgumentException("the Bolt password needs at least " + MINIMUM_PASSWORD + " characters");
        }
    }

    /** Bolt on {@code port} with a new random password, known only to whoever may read it where it is written. */
    public static OpenBolt withNewPassword(int port) {
        byte[] secret = new byte[18];
        RANDOM.nextBytes(secret);
        return new OpenBolt(port, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    @Override
    public String toString() {
        return "OpenBolt[port=" + port + ", password=(hidden)]";
    }
}
