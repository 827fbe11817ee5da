package dev.citegraph.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The MCP tools are one package whatever carries them: {@code dev.citegraph.mcp} knows no servlet, no stdio, no
 * transport; {@code dev.citegraph.mcp.transport} only hands the tools to the SDK's transports.
 */
class McpBoundariesTest {
    private static final JavaClasses MCP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.citegraph.mcp");

    @Test
    void theToolsDependOnNoTransport() {
        noClasses().that().resideInAPackage("dev.citegraph.mcp")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "dev.citegraph.mcp.transport..",
                        "io.modelcontextprotocol.server.transport..", "dev.citegraph.cli..")
                .check(MCP);
    }

    @Test
    void theToolsNeverReachTheStoreButThroughItsContract() {
        noClasses().that().resideInAnyPackage("dev.citegraph.mcp..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.citegraph.graph.neo4j..",
                        "dev.citegraph.graph.rdf..")
                .check(MCP);
    }
}
