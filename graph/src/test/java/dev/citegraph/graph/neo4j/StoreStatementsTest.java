package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.store.GraphSchema;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's own writes and reads, as the Neo4j server receives them. The golden file shows in review what a change
 * of GraphSchema or of the Cypher-DSL does to them; {@code -Dgolden.update=true} rewrites it.
 */
class StoreStatementsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/dev/citegraph/graph/neo4j/store-statements.cypher");
    /** Neo4j's own names that a statement quotes: index settings, not parts of our graph. */
    private static final Set<String> NEO4J_SETTINGS = Set.of("fulltext.analyzer");
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("`([^`]+)`");

    @Test
    void shouldRenderEveryStatementAsTheGoldenFileHoldsIt() throws IOException {
        String rendered = statements().entrySet().stream()
                .map(e -> "-- " + e.getKey() + "\n" + e.getValue() + "\n")
                .collect(Collectors.joining("\n"));
        if (Boolean.getBoolean("golden.update")) Files.writeString(GOLDEN, rendered, StandardCharsets.UTF_8);
        assertThat(rendered).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void shouldSpellEveryLabelAndRelationshipTypeAsGraphSchemaDoes() {
        Set<String> schema = constants(GraphSchema.class);
        Set<String> tokens = new TreeSet<>();
        for (String statement : statements().values()) {
            Matcher m = TOKEN.matcher(statement);
            while (m.find()) tokens.add(m.group(1));
        }
        tokens.removeAll(NEO4J_SETTINGS);
        assertThat(tokens).isNotEmpty().isSubsetOf(schema);
        assertThat(Neo4jSchema.DEFINITIONS).allSatisfy(d -> assertThat(d.cypher()).contains(" IF NOT EXISTS "));
    }

    private static Map<String, String> statements() {
        Map<String, String> all = new LinkedHashMap<>();
        for (Class<?> type : new Class<?>[] {DocumentStatements.class, StoreReads.class, TextSearchStatements.class}) {
            for (Field field : type.getDeclaredFields()) {
                if (isStatement(field)) all.put(type.getSimpleName() + "." + field.getName(), value(field));
            }
        }
        all.put("StoreReads.countOf(Document)", StoreReads.countOf(GraphSchema.DOCUMENT));
        Neo4jSchema.DEFINITIONS.forEach(d -> all.put("Neo4jSchema." + d.name(), d.cypher()));
        return all;
    }

    // Statements are the rendered constants; the rest are the column and row keys they share with their readers.
    private static boolean isStatement(Field field) {
        return field.getType() == String.class && Modifier.isStatic(field.getModifiers())
                && Stream.of("MATCH", "MERGE", "UNWIND", "CALL").anyMatch(value(field)::startsWith);
    }

    private static Set<String> constants(Class<?> type) {
        Set<String> values = new TreeSet<>();
        for (Field field : type.getFields()) {
            if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) values.add(value(field));
        }
        return values;
    }

    private static String value(Field field) {
        try {
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
