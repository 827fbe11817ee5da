package dev.citegraph.mcp;

import io.modelcontextprotocol.spec.McpSchema;

import java.util.List;
import java.util.Map;

import static dev.citegraph.mcp.ToolSchemas.array;
import static dev.citegraph.mcp.ToolSchemas.described;
import static dev.citegraph.mcp.ToolSchemas.input;
import static dev.citegraph.mcp.ToolSchemas.ordered;

/**
 * What each tool is called, what it is for (a model reads this to choose a tool and fill its arguments), its argument
 * and result schemas. All are read-only and look at nothing beyond the graph.
 */
final class ToolDefinitions {
    static final String CITED = " Only verified facts answer, each with its citations (document, section, page, "
            + "verbatim quote): in the text as [n] marks with a Sources list, in the structured content as fields. "
            + "Quote them as given.";

    private ToolDefinitions() {
    }

    static McpSchema.Tool query(QuerySheet sheet) {
        return tool("query", "Run a citegraph query",
                "Run a query in citegraph's query language on the knowledge graph of technical reports: facts, "
                        + "joins, filters on numbers and units, comparisons, counts and sums, listings." + CITED
                        + "\n\n" + sheet.text(),
                input(ordered(
                        "query", described("string", "the query, e.g. facts about \"DeepSeek-V3\""),
                        "parameters", ordered("type", "object",
                                "description", "values of the query's $parameters, by name without the $",
                                "additionalProperties", Map.of("type", List.of("string", "number", "boolean")))),
                        List.of("query")),
                ToolSchemas.ANSWER, true);
    }

    static McpSchema.Tool factsAbout() {
        return tool("facts_about", "Facts about a name",
                "Every verified fact about an entity (a model, method, dataset, benchmark...), as subject or object: "
                        + "the query facts about \"NAME\". Names match canonical names and aliases, case-insensitively; "
                        + "DeepSeek-V2 is never DeepSeek-V3. An unknown name is an error with the nearest names."
                        + CITED,
                input(ordered(
                        "name", described("string", "the entity's name or an alias, e.g. DeepSeek-V3 or MLA"),
                        "document", described("string", "only facts cited in this document (its id)"),
                        "limit", ordered("type", "integer", "minimum", 1, "maximum", 1000,
                                "description", "at most this many facts (default " + CitegraphTools.DEFAULT_FACTS + ")")),
                        List.of("name")),
                ToolSchemas.ANSWER, true);
    }

    static McpSchema.Tool compare() {
        return tool("compare", "Compare models or papers",
                "Compare entities side by side: one row per attribute (predicate), one column per name, each value "
                        + "in the row's common unit; \"not reported\" where the reports give no verified fact. Without "
                        + "predicates, the attributes all the names have facts on." + CITED,
                input(ordered(
                        "names", ordered("type", "array", "items", Map.of("type", "string"), "minItems", 2,
                                "description", "the entities to compare, e.g. [\"DeepSeek-V2\", \"DeepSeek-V3\"]"),
                        "predicates", described(array(Map.of("type", "string")),
                                "attributes to compare on, e.g. [\"total_parameters\", \"pretraining_tokens\"]; "
                                        + "synonyms work")),
                        List.of("names")),
                ToolSchemas.ANSWER, true);
    }

    static McpSchema.Tool searchFacts() {
        return tool("search_facts", "Search facts for a question",
                "The verified facts that best match a question in plain words (keyword retrieval over subjects, "
                        + "predicates and their synonyms, values, qualifiers and quotes), best first. When the question "
                        + "names an entity the graph knows, only facts about it. Nothing found means the reports do "
                        + "not say it." + CITED,
                input(ordered(
                        "question", described("string", "the question, e.g. How many GPU hours did DeepSeek-V3 take?"),
                        "limit", ordered("type", "integer", "minimum", 1, "maximum", 50,
                                "description", "at most this many facts (default " + CitegraphTools.DEFAULT_SEARCH + ")")),
                        List.of("question")),
                ToolSchemas.ANSWER, true);
    }

    static McpSchema.Tool ask(String model) {
        return tool("ask", "Ask a question",
                "A written answer to a question from verified facts only, by citegraph's own language model (" + model
                        + "): it drafts a query, retrieves facts, writes sentences citing them; every sentence is "
                        + "checked and one citing nothing is left out. \"Not in the documents.\" when no fact "
                        + "supports an answer. Slower than search_facts." + CITED,
                input(ordered("question", described("string", "the question")), List.of("question")),
                ToolSchemas.ANSWER, false);
    }

    static McpSchema.Tool listDocuments() {
        return tool("list_documents", "List documents",
                "The reports in the graph: id (use it in queries' in \"doc-id\" and in get_section), title, pages and "
                        + "number of sections.",
                input(Map.of(), List.of()), ToolSchemas.ANSWER, true);
    }

    static McpSchema.Tool getSection() {
        return tool("get_section", "Read a section",
                "The text of one section of a report (cut at " + CitegraphTools.SECTION_CHARS + " characters), with "
                        + "its title, pages and tables: read the context around a citation. Section numbers are as "
                        + "cited (3.3.1, A.2); \"\" is the front matter before the first heading.",
                input(ordered(
                        "document", described("string", "the document id, e.g. deepseek-v3"),
                        "section", described("string", "the section number, e.g. 3.3.1")),
                        List.of("document", "section")),
                ToolSchemas.SECTION, true);
    }

    private static McpSchema.Tool tool(String name, String title, String description, Map<String, Object> input,
                                       Map<String, Object> output, boolean idempotent) {
        return McpSchema.Tool.builder(name, input)
                .title(title)
                .description(description)
                .outputSchema(output)
                .annotations(McpSchema.ToolAnnotations.builder().title(title).readOnlyHint(true)
                        .destructiveHint(false).idempotentHint(idempotent).openWorldHint(false).build())
                .build();
    }
}
