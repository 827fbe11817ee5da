package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.store.StoreConfig;
import dev.citegraph.graph.store.StoreException;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import java.util.concurrent.TimeUnit;

/**
 * Drivers for the embedded server and for remote servers. Encryption and routing follow the URI scheme, as in every
 * Neo4j driver: {@code bolt://} direct, {@code neo4j://} routed (clusters), {@code +s} encrypted with a trusted
 * certificate, {@code +ssc} encrypted accepting a self-signed one.
 */
public final class Neo4jConnections {
    private Neo4jConnections() {
    }

    public static Driver embedded(EmbeddedNeo4j server) {
        Driver driver = GraphDatabase.driver(server.boltUri(), server.authToken(), config());
        driver.verifyConnectivity();
        return driver;
    }

    public static Driver remote(StoreConfig store) {
        Driver driver;
        try {
            driver = GraphDatabase.driver(store.uri(), auth(store), config());
        } catch (IllegalArgumentException e) {
            throw new StoreException("not a Neo4j URI: " + store.uri() + " (" + e.getMessage()
                    + "); use bolt://host:7687, neo4j://host:7687 or their +s / +ssc forms", e);
        }
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (AuthenticationException e) {
            driver.close();
            throw new StoreException("Neo4j at " + store.uri() + " refused user '" + store.user()
                    + "'; check --user/--password or NEO4J_USER/NEO4J_PASSWORD", e);
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new StoreException("cannot reach Neo4j at " + store.uri() + " (" + e.getMessage()
                    + "); check that the server runs and the URI, or drop --neo4j to use the embedded store", e);
        } catch (Neo4jException e) {
            driver.close();
            throw new StoreException("Neo4j at " + store.uri() + " failed: " + e.getMessage(), e);
        }
    }

    private static AuthToken auth(StoreConfig store) {
        return store.password().isEmpty() ? AuthTokens.none() : AuthTokens.basic(store.user(), store.password());
    }

    private static Config config() {
        return Config.builder()
                .withLogging(Logging.slf4j())
                .withConnectionTimeout(10, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(60, TimeUnit.SECONDS)
                .withTelemetryDisabled(true)
                .build();
    }
}
