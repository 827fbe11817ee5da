package dev.citegraph.mcp;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every transport of the MCP server must do, seen through the SDK's own client on the golden graph (two test
 * reports): tools listed read-only with their schemas, each tool answering with its citations in the text and in the
 * structured content, mistakes as tool errors. {@code McpStdioTest} and {@code McpHttpTest} run it.
 */
abstract class McpToolsContract {
    static final String FP8_CITATION =
            "deepseek-v3 §3.3.1 Mixed Precision Framework, p.15: \"adopt FP8 mixed precision training\"";
    static final List<String> TOOLS = List.of("query", "facts_about", "compare", "search_facts", "list_documents",
            "get_section");

    protected abstract McpSyncClient client();

    CallToolResult call(String tool, Map<String, Object> arguments) {
        return client().callTool(McpSchema.CallToolRequest.builder(tool).arguments(arguments).build());
    }

    static String text(CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> structured(CallToolResult result) {
        return (Map<String, Object>) result.structuredContent();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> structured, String key) {
        return (List<Map<String, Object>>) structured.get(key);
    }

    static void assertCites(CallToolResult result, String document, String section, Integer page, String quote) {
        assertThat(result.isError()).as(text(result)).isFalse();
        String line = document + " §" + section;
        assertThat(text(result)).contains("Sources:").contains(line).contains("\"" + quote + "\"");
        assertThat(list(structured(result), "citations")).anySatisfy(c -> {
            assertThat(c).containsEntry("document", document).containsEntry("section", section)
                    .containsEntry("quote", quote);
            assertThat(c.get("page")).isEqualTo(page);
        });
    }

    @Test
    void listsEveryToolReadOnlyWithItsSchemas() {
        List<McpSchema.Tool> tools = client().listTools().tools();

        assertThat(tools).extracting(McpSchema.Tool::name).containsExactlyInAnyOrderElementsOf(TOOLS);
        assertThat(tools).allSatisfy(tool -> {
            assertThat(tool.annotations().readOnlyHint()).as(tool.name()).isTrue();
            assertThat(tool.annotations().destructiveHint()).as(tool.name()).isFalse();
            assertThat(tool.inputSchema()).containsEntry("type", "object");
            assertThat(tool.outputSchema()).containsEntry("type", "object").containsKey("required");
            assertThat(tool.description()).isNotBlank();
        });
        assertThat(tools).filteredOn(t -> t.name().equals("query")).singleElement()
                .satisfies(t -> assertThat(t.description()).contains("Examples:", "facts about \"DeepSeek-V3\"",
                        "compare \"DeepSeek-V2\", \"DeepSeek-V3\" on"));
    }

    @Test
    void queryAnswersRowsWithTheirCitations() {
        CallToolResult result = call("query", Map.of("query", "match \"DeepSeek-V3\" uses ?x"));

        assertCites(result, "deepseek-v3", "3.3.1", 15, "adopt FP8 mixed precision training");
        assertThat(text(result)).contains("| ?x | cited |", "3 rows", "[", FP8_CITATION);
        Map<String, Object> answer = structured(result);
        assertThat(answer).containsEntry("kind", "facts").containsEntry("columns", List.of("?x"));
        assertThat(list(answer, "rows")).hasSize(3);
        assertThat(list(answer, "facts")).anySatisfy(f -> assertThat(f).containsEntry("subject", "DeepSeek-V3")
                .containsEntry("predicate", "uses").containsEntry("value", "FP8 mixed precision training"));
    }

    @Test
    void queryTakesParameters() {
        CallToolResult result = call("query", Map.of(
                "query", "match $model training_cost ?c where ?c >= $min order by ?c desc",
                "parameters", Map.of("model", "DeepSeek-V3", "min", 100000)));

        assertCites(result, "deepseek-v3", "1", 1, "Pre-training took 2664K GPU hours");
        assertThat(list(structured(result), "rows")).hasSize(2);
        assertThat(text(result)).contains("2 rows").doesNotContain("5K GPU hour");
    }

    @Test
    void aSyntaxErrorIsAToolErrorWithCodeLineColumnAndCaret() {
        CallToolResult result = call("query", Map.of("query", "fact about \"DeepSeek-V3\""));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("line 1:1: mismatched input 'fact'.")
                .contains("\nfact about \"DeepSeek-V3\"\n^");
        @SuppressWarnings("unchecked")
        Map<String, Object> error = (Map<String, Object>) structured(result).get("error");
        assertThat(error).containsEntry("kind", "syntax").containsEntry("line", 1).containsEntry("column", 1);
        assertThat((String) error.get("code")).startsWith("S1");
    }

    @Test
    void anUnknownNameIsAToolErrorWithTheNearestNames() {
        CallToolResult result = call("facts_about", Map.of("name", "DeepSeek-V4"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("Did you mean \"DeepSeek-V2\" or \"DeepSeek-V3\"?", "[N302]");
    }

    @Test
    void factsAboutANameGiveEveryFactWithItsCitations() {
        CallToolResult result = call("facts_about", Map.of("name", "deepseek v3"));

        assertCites(result, "deepseek-v3", "2.1", 6, "671B total parameters");
        assertThat(list(structured(result), "rows")).hasSize(11);
        assertThat(text(result)).contains("| subject | predicate | object | cited |", "11 rows");
    }

    @Test
    void compareGivesACellPerNameWithItsCitation() {
        CallToolResult result = call("compare", Map.of("names", List.of("DeepSeek-V2", "DeepSeek-V3"),
                "predicates", List.of("total_parameters")));

        assertCites(result, "deepseek-v2", "2.1", 7, "236B total parameters");
        assertCites(result, "deepseek-v3", "2.1", 6, "671B total parameters");
        Map<String, Object> comparison = structured(result);
        assertThat(comparison).containsEntry("kind", "comparison")
                .containsEntry("columns", List.of("attribute", "DeepSeek-V2", "DeepSeek-V3"));
        assertThat(list(comparison, "rows")).singleElement().satisfies(row -> {
            assertThat((List<?>) row.get("cells")).hasSize(3).first().isEqualTo("has_total_parameters");
            assertThat((List<?>) row.get("cellFacts")).hasSize(3);
        });
    }

    @Test
    void compareWithAnUnknownNameSaysWhichAndSuggests() {
        CallToolResult result = call("compare", Map.of("names", List.of("DeepSeek-V2", "DeepSeek-V9")));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("no verified facts about DeepSeek-V9", "did you mean");
    }

    @Test
    void searchFactsFindsTheFactsAQuestionAsksFor() {
        CallToolResult result = call("search_facts",
                Map.of("question", "How many total parameters does DeepSeek-V3 have?", "limit", 3));

        assertCites(result, "deepseek-v3", "2.1", 6, "671B total parameters");
        assertThat(list(structured(result), "rows")).isNotEmpty().allSatisfy(row ->
                assertThat((List<?>) row.get("cells")).first().isEqualTo("DeepSeek-V3"));
    }

    @Test
    void listDocumentsGivesIdsTitlesAndSectionCounts() {
        CallToolResult result = call("list_documents", Map.of());

        assertThat(result.isError()).isFalse();
        assertThat(list(structured(result), "rows")).extracting(row -> row.get("cells")).containsExactly(
                List.of("deepseek-v2", "DeepSeek-V2 (test report)", "20", "2"),
                List.of("deepseek-v3", "DeepSeek-V3 (test report)", "53", "4"));
        assertThat(text(result)).contains("| deepseek-v3 | DeepSeek-V3 (test report) | 53 | 4 |");
    }

    @Test
    void getSectionGivesTheTextTitleAndPagesCitedAsTheSection() {
        CallToolResult result = call("get_section", Map.of("document", "deepseek-v3", "section", "3.3.1"));

        assertThat(result.isError()).as(text(result)).isFalse();
        assertThat(structured(result)).containsEntry("title", "Mixed Precision Framework").containsEntry("pageStart", 15)
                .containsEntry("text", "We adopt FP8 mixed precision training for DeepSeek-V3 to cut memory and compute.")
                .containsEntry("citation", "deepseek-v3 §3.3.1 Mixed Precision Framework, p.15");
        assertThat(text(result)).contains("We adopt FP8 mixed precision training",
                "Cite as: deepseek-v3 §3.3.1 Mixed Precision Framework, p.15");
    }

    @Test
    void anUnknownSectionListsTheDocumentsSections() {
        CallToolResult result = call("get_section", Map.of("document", "deepseek-v3", "section", "9.9"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("no section \"9.9\" in deepseek-v3", "3.3.1");
    }
}
