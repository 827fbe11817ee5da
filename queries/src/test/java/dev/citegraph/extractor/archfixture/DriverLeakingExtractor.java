package dev.citegraph.extractor.archfixture;

import org.neo4j.driver.Driver;

/** A deliberate violation, in test sources only: proves the module rules can fail. */
public final class DriverLeakingExtractor {
    private final Driver driver;

    public DriverLeakingExtractor(Driver driver) {
        this.driver = driver;
    }

    public void close() {
        driver.close();
    }
}
