package dev.citegraph.queries.serve;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The endpoints the web console reads, and the console's own files, over real HTTP on the corpus graph. */
class ConsoleApiTest {
    @RegisterExtension
    static final ServedGoldenGraph served = ServedGoldenGraph.corpus(settings -> settings.withToken("console-test-token-0123"));

    private static Http http() {
        return served.http().withToken("console-test-token-0123");
    }

    @Test
    void theConsoleAndItsLibrariesComeFromTheJarWithoutTheToken() {
        Http anonymous = served.http();
        Http.Response page = anonymous.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js")
                .contains("/console/js/main.js").doesNotContain("https://");
        assertThat(anonymous.get("/console/js/main.js").status()).isEqualTo(200);
        assertThat(anonymous.get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").body()).contains("cytoscape");
        // The data still needs it.
        assertThat(anonymous.get("/api/v1/document-counts").status()).isEqualTo(401);
        assertThat(anonymous.send("POST", "/", "text/plain", new byte[0]).status()).isEqualTo(401);
    }

    @Test
    void documentsComeWithTheirCountsAndWhetherTheirPdfIsServed() {
        JsonNode v2 = null;
        for (JsonNode document : http().get("/api/v1/document-counts").json()) {
            if (document.get("id").asText().equals("deepseek-v2")) v2 = document;
        }
        assertThat(v2).isNotNull();
        assertThat(v2.get("verified").asInt()).isEqualTo(57);
        assertThat(v2.get("rejected").asInt()).isEqualTo(2);
        assertThat(v2.get("sections").asInt()).isPositive();
        assertThat(v2.get("subject").asText()).isEqualTo("DeepSeek-V2");
        assertThat(v2.get("source").asBoolean()).isTrue();
    }

    @Test
    void theSourcePdfIsServedWhenItIsTheFileTheGraphWasBuiltFrom() {
        Http.Response pdf = http().get("/api/v1/documents/deepseek-v2/source");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        Http.Response missing = http().get("/api/v1/documents/nope/source");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aSectionListsTheFactsCitedInItAndWhereItsPdfIs() {
        JsonNode section = http().get("/api/v1/documents/deepseek-v2/sections/1/facts").json();
        assertThat(section.get("sourcePdf").asText()).isEqualTo("/api/v1/documents/deepseek-v2/source");
        assertThat(section.get("facts").findValuesAsText("predicate")).contains("max_context_length", "rl_algorithm");
        for (JsonNode fact : section.get("facts")) {
            assertThat(fact.get("citations").findValuesAsText("section")).contains("1");
        }
        assertThat(http().get("/api/v1/documents/deepseek-v2/sections/99/facts").status()).isEqualTo(404);
    }

    @Test
    void savedQueriesComeWithTheirParametersInTheOrderDeclared() {
        JsonNode compare = null;
        for (JsonNode query : http().get("/api/v1/saved-queries").json()) {
            if (query.get("name").asText().equals("compare-models")) compare = query;
        }
        assertThat(compare).isNotNull();
        assertThat(compare.get("parameters").findValuesAsText("name")).containsExactly("a", "b");
        assertThat(compare.at("/parameters/0/defaultValue").asText()).isEqualTo("DeepSeek-V2");
        assertThat(compare.get("text").asText()).contains("compare $a, $b on");
    }

    @Test
    void attributesAreOfferedFromWhatTheGraphHoldsMostSharedFirst() {
        JsonNode held = http().get("/api/v1/attributes?name=DeepSeek-V2&name=DeepSeek-R1&name=GPT-9").json();
        assertThat(held.get("unknown").findValuesAsText("")).isEmpty();
        assertThat(held.get("unknown").get(0).asText()).isEqualTo("GPT-9");
        JsonNode first = held.at("/attributes/0");
        assertThat(first.get("entities").asInt()).isEqualTo(2);
        List<String> predicates = held.get("attributes").findValuesAsText("predicate");
        assertThat(predicates).contains("has_total_parameters", "max_context_length");
        assertThat(predicates.indexOf("has_total_parameters")).isLessThan(predicates.indexOf("max_context_length"));
    }
}
