package dev.citegraph.architecture;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cypher is written only in the Neo4j store and SPARQL only in the RDF store: everything above them speaks the
 * store-neutral graph query, so no other module can paste a value into a store language.
 */
class StoreLanguagesStayInStoresTest {
    private static final List<String> STORES = List.of("/graph/src/main/java/dev/citegraph/graph/neo4j/",
            "/graph/src/main/java/dev/citegraph/graph/rdf/");

    @Test
    void noMainSourceOutsideTheStoresHoldsCypherOrSparql() {
        Path root = repositoryRoot();
        for (String module : List.of("graph", "extractor", "dsl", "queries")) {
            assertThat(StoreLanguageText.outside(root.resolve(module).resolve("src/main/java"), STORES))
                    .as("Cypher or SPARQL literals in %s outside the stores", module).isEmpty();
        }
    }

    @Test
    void theRuleFindsCypherAndSparqlInLiteralsButNotInComments() {
        String source = """
                class Leaky {
                    // MATCH (n) RETURN n.id, as a comment, is fine
                    String cypher = "MATCH (f:Fact {predicate: $p}) RETURN f.id AS id";
                    String sparql = \"\"\"
                            PREFIX cg: <https://citegraph.dev/ns#>
                            SELECT ?id WHERE { ?f cg:id ?id }\"\"\";
                    String message = "no match (try another name) where nothing is selected";
                }
                """;

        assertThat(StoreLanguageText.in(Path.of("Leaky.java"), source)).extracting(StoreLanguageText.Finding::line)
                .containsExactly(3, 4);
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("graph")) && Files.isDirectory(dir.resolve("queries")))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository root above the working directory").isNotNull();
        return dir;
    }
}
