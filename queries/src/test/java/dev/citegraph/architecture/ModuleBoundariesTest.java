package dev.citegraph.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import com.tngtech.archunit.lang.ArchRule;
import dev.citegraph.dsl.archfixture.ParseTreeLeakingAnalyzer;
import dev.citegraph.extractor.archfixture.DriverLeakingExtractor;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The module rules of README's architecture map, checked on the compiled classes of every module: dependencies point
 * one way (extractor → graph, dsl → graph, queries → all), only the graph module talks to Neo4j or Jena, and ANTLR's
 * types stay in the parser.
 */
class ModuleBoundariesTest {
    private static JavaClasses citegraph;

    @BeforeAll
    static void importAllModules() {
        citegraph = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.citegraph");
    }

    private static final ArchRule ONLY_GRAPH_IMPORTS_NEO4J = noClasses()
            .that().resideOutsideOfPackage("dev.citegraph.graph..")
            .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..")
            .because("stores are the graph module's job; other modules speak GraphStore");

    @Test
    void onlyTheGraphModuleImportsTheNeo4jDriverOrServer() {
        ONLY_GRAPH_IMPORTS_NEO4J.check(citegraph);
    }

    @Test
    void theRuleCatchesAnExtractorClassThatTalksToNeo4jDirectly() {
        JavaClasses leaking = new ClassFileImporter().importClasses(DriverLeakingExtractor.class);
        assertThatThrownBy(() -> ONLY_GRAPH_IMPORTS_NEO4J.check(leaking))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.neo4j.driver.Driver");
    }

    private static final ArchRule ANTLR_STAYS_IN_THE_PARSER = noClasses()
            .that().resideOutsideOfPackage("dev.citegraph.dsl.parser..")
            .should().dependOnClassesThat().resideInAnyPackage("org.antlr..")
            .orShould().dependOnClassesThat().haveSimpleNameStartingWith("Kgq")
            .because("the parser hands out our own syntax tree: grammar changes stay inside dsl.parser");

    @Test
    void noAntlrTypeLeavesTheParserPackage() {
        ANTLR_STAYS_IN_THE_PARSER.check(citegraph);
    }

    @Test
    void theParserRuleCatchesAClassThatWalksTheParseTree() {
        JavaClasses leaking = new ClassFileImporter().importClasses(ParseTreeLeakingAnalyzer.class);
        assertThatThrownBy(() -> ANTLR_STAYS_IN_THE_PARSER.check(leaking))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.antlr.v4.runtime.tree.ParseTree");
    }

    @Test
    void onlyTheGraphModuleImportsJena() {
        noClasses().that().resideOutsideOfPackage("dev.citegraph.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena..")
                .because("RDF is a store concern of the graph module")
                .check(citegraph);
    }

    @Test
    void extractorAndDslNeverImportQueries() {
        noClasses().that().resideInAnyPackage("dev.citegraph.extractor..", "dev.citegraph.dsl..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.citegraph.queries..", "dev.citegraph.cli..")
                .check(citegraph);
    }

    @Test
    void graphDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("dev.citegraph.graph..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.citegraph.extractor..", "dev.citegraph.dsl..", "dev.citegraph.queries..",
                        "dev.citegraph.cli..")
                .check(citegraph);
    }

    @Test
    void extractorAndDslDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("dev.citegraph.extractor..")
                .should().dependOnClassesThat().resideInAPackage("dev.citegraph.dsl..")
                .check(citegraph);
        noClasses().that().resideInAPackage("dev.citegraph.dsl..")
                .should().dependOnClassesThat().resideInAPackage("dev.citegraph.extractor..")
                .check(citegraph);
    }

    @Test
    void theDomainModelIsFreeOfFrameworks() {
        noClasses().that().resideInAPackage("dev.citegraph.graph.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.neo4j..", "org.apache.jena..", "com.fasterxml..", "dev.langchain4j..", "picocli..")
                .check(citegraph);
    }
}
