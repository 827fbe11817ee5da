package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.store.OpenBolt;
import dev.citegraph.graph.store.StoreException;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A Neo4j server inside this JVM, reachable only over Bolt on a free loopback port. Clients talk to it through the
 * driver exactly as to a remote server, so one store implementation serves both.
 *
 * <p>Sized for a laptop: a 256 MB page cache and transaction memory capped at 1 GB. The connector listens on 127.0.0.1
 * only: on a free port without authentication for this process's own driver, or, {@link OpenBolt opened} to Neo4j's
 * own tools, on a chosen port with a password for user {@value OpenBolt#USER}.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final String DATABASE = "neo4j";

    private final Path dataDir;
    private final DatabaseManagementService service;
    private final int boltPort;
    private final Optional<OpenBolt> open;

    private EmbeddedNeo4j(Path dataDir, DatabaseManagementService service, int boltPort, Optional<OpenBolt> open) {
        this.dataDir = dataDir;
        this.service = service;
        this.boltPort = boltPort;
        this.open = open;
    }

    /** Starts a server on {@code dataDir}, creating it if needed, reachable by this process's driver only. */
    public static EmbeddedNeo4j start(Path dataDir) {
        return start(dataDir, Optional.empty());
    }

    /** Starts a server on {@code dataDir} whose Bolt connector other programs may use with {@code bolt}'s password. */
    public static EmbeddedNeo4j start(Path dataDir, OpenBolt bolt) {
        return start(dataDir, Optional.of(bolt));
    }

    private static EmbeddedNeo4j start(Path dataDir, Optional<OpenBolt> open) {
        Path home = dataDir.toAbsolutePath().normalize();
        createDirectory(home);
        long started = System.nanoTime();
        DatabaseManagementService service;
        try {
            service = builder(home, open).build();
        } catch (RuntimeException e) {
            throw translate(home, open, e);
        }
        try {
            open.ifPresent(bolt -> setPassword(service, bolt));
            int port = boltPort(service);
            LOG.info("embedded Neo4j on bolt://127.0.0.1:{}{} with data in {} started in {} ms", port,
                    open.isPresent() ? " (open to other programs, user " + OpenBolt.USER + ")" : "", home,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedNeo4j(home, service, port, open);
        } catch (RuntimeException e) {
            service.shutdown();
            throw translate(home, open, e);
        }
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    public int boltPort() {
        return boltPort;
    }

    /** How a driver logs in: as {@value OpenBolt#USER} with the password when Bolt is open, else without auth. */
    public AuthToken authToken() {
        return open.map(bolt -> AuthTokens.basic(OpenBolt.USER, bolt.password())).orElse(AuthTokens.none());
    }

    public String database() {
        return DATABASE;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        service.shutdown();
        LOG.info("embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static DatabaseManagementServiceBuilder builder(Path home, Optional<OpenBolt> open) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", open.map(OpenBolt::port).orElse(0)))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, open.isPresent())
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.gibiBytes(1))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                // Internal setting: without it the Bolt server waits two 5 s Netty quiet periods on shutdown.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
    }

    /**
     * Sets the password of user neo4j for this run. The embedded API runs as the server itself, so it may; the value
     * travels as a parameter.
     */
    private static void setPassword(DatabaseManagementService service, OpenBolt bolt) {
        service.database("system").executeTransactionally("ALTER USER " + OpenBolt.USER
                + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", bolt.password()));
    }

    private static int boltPort(DatabaseManagementService service) {
        GraphDatabaseAPI system = (GraphDatabaseAPI) service.database("system");
        return system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
    }

    private static void createDirectory(Path home) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + home + ": " + e.getMessage()
                    + "; choose another one with --data DIR", e);
        }
    }

    private static RuntimeException translate(Path home, Optional<OpenBolt> open, RuntimeException e) {
        if (open.isPresent() && isBindFailure(e)) {
            return new StoreException("Bolt port " + open.get().port() + " on 127.0.0.1 is in use (or not allowed);"
                    + " stop what listens there or choose another with --bolt PORT", e);
        }
        if (isLockHeld(e)) {
            return new StoreException("the data directory " + home + " is in use by another process"
                    + " (another kg command or Neo4j server); wait for it to finish, stop it, or use --data DIR", e);
        }
        return new StoreException("cannot start the embedded Neo4j in " + home + ": " + rootMessage(e)
                + "; see " + home.resolve("logs") + " or use --data DIR with another directory", e);
    }

    private static boolean isLockHeld(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.neo4j.io.locker.FileLockException
                    || t instanceof org.neo4j.io.pagecache.impl.FileLockException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) return true;
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        return root.getMessage();
    }
}
