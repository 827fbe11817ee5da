package dev.citegraph.queries.serve;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API over real HTTP, on a real embedded Neo4j holding the golden graph. */
class ApiServerTest {
    @RegisterExtension
    static final ServedGoldenGraph served = ServedGoldenGraph.embeddedNeo4j();

    private static Http http() {
        return served.http();
    }

    @Test
    void everyPathTheOpenApiDocumentNamesAnswers() throws IOException {
        JsonNode served = http().get("/api/v1/openapi.json").json();
        JsonNode resource;
        try (InputStream in = OpenApi.class.getResourceAsStream("openapi.json")) {
            resource = Http.JSON.readTree(in);
        }
        assertThat(served).isEqualTo(resource);
        String factId = http().post("/api/v1/query", "{\"query\": \"match \\\"DeepSeek-V3\\\" uses ?x\"}").json()
                .at("/rows/0/facts/0/id").asText();
        Map<String, String> values = Map.of("{id}", factId, "{entity}", "DeepSeek-V3", "{key}", "2.1");
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = served.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase(java.util.Locale.ROOT);
                String concrete = path.getKey();
                if (concrete.startsWith("/api/v1/documents/")) concrete = concrete.replace("{id}", "deepseek-v2");
                for (var value : values.entrySet()) concrete = concrete.replace(value.getKey(), value.getValue());
                String query = switch (path.getKey()) {
                    case "/api/v1/facts/search" -> "?q=parameters";
                    case "/api/v1/entities" -> "?q=deep";
                    case "/api/v1/attributes" -> "?name=DeepSeek-V2&name=DeepSeek-V3";
                    default -> "";
                };
                String body = switch (path.getKey()) {
                    case "/api/v1/compare" -> "{\"names\": [\"DeepSeek-V2\", \"DeepSeek-V3\"]}";
                    case "/api/v1/ask" -> "{\"question\": \"How many total parameters does DeepSeek-V3 have?\"}";
                    case "/api/v1/builds" -> "{\"paths\": [\"x.md\"]}";
                    default -> "{\"query\": \"facts about \\\"DeepSeek-V2\\\"\"}";
                };
                Http.Response response = http().send(method, concrete + query, "application/json",
                        method.equals("GET") || method.equals("DELETE") ? new byte[0] : body.getBytes());
                // Builds are off on this server: their routes exist and say so (403), as a documented path must.
                int expected = path.getKey().startsWith("/api/v1/builds") ? 403 : 200;
                if (path.getKey().equals("/api/v1/builds/{id}/events")) expected = 403;
                // The golden graph's reports are Markdown files not on this machine: no PDF to show (ConsoleApiTest).
                if (path.getKey().equals("/api/v1/documents/{id}/source")) expected = 404;
                assertThat(response.status()).as(method + " " + concrete + ": " + response.body()).isEqualTo(expected);
                checked.add(method + " " + path.getKey());
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(26);
    }

    @Test
    void aQueryAnswersRowsEachWithItsFactsAndCitations() {
        Http.Response response = http().post("/api/v1/query",
                "{\"query\": \"match $model uses ?technique\", \"parameters\": {\"model\": \"DeepSeek-V3\"}}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode answer = response.json();
        assertThat(answer.get("kind").asText()).isEqualTo("facts");
        assertThat(answer.get("rows")).hasSize(3);
        JsonNode mla = null;
        for (JsonNode row : answer.get("rows")) {
            if (row.at("/facts/0/object/text").asText().equals("Multi-head Latent Attention")) mla = row;
        }
        assertThat(mla).isNotNull();
        JsonNode fact = mla.at("/facts/0");
        assertThat(mla.get("values")).hasSize(answer.get("columns").size());
        assertThat(fact.at("/subject/name").asText()).isEqualTo("DeepSeek-V3");
        assertThat(fact.at("/object/kind").asText()).isEqualTo("entity");
        assertThat(fact.get("citations")).hasSize(2);
        assertThat(fact.at("/citations/0/quote").asText()).isEqualTo("adopts Multi-head Latent Attention");
    }

    @Test
    void aQueryRendersAsTheCliPrintsItWhenAskedForAFormat() {
        Http.Response response = http().post("/api/v1/query?format=table",
                "{\"query\": \"match \\\"DeepSeek-V2\\\" pretraining_tokens ?t\"}");
        assertThat(response.contentType()).startsWith("text/plain");
        assertThat(response.body()).contains("8.1T").contains("deepseek-v2 §3.1 Data");
    }

    @Test
    void aSyntaxErrorIsAProblemWithItsCodeLineColumnAndCaret() {
        Http.Response response = http().post("/api/v1/query", "{\"query\": \"match ?m uses\\n  ?x order ?x\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("code").asText()).startsWith("S1");
        assertThat(problem.get("line").asInt()).isEqualTo(2);
        assertThat(problem.get("column").asInt()).isEqualTo(12);
        assertThat(problem.get("caret").asText()).isEqualTo("  ?x order ?x\n           ^");
        assertThat(problem.get("detail").asText()).startsWith("line 2:12: ");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/query");
    }

    @Test
    void anUnknownNameIsAProblemWithItsNameCode() {
        JsonNode problem = http().post("/api/v1/query", "{\"query\": \"facts about \\\"DeepSeek-V4\\\"\"}").json();
        assertThat(problem.get("code").asText()).startsWith("N3");
        assertThat(problem.get("detail").asText()).contains("DeepSeek-V");
    }

    @Test
    void malformedRequestsAreClientProblemsNeverStackTraces() {
        List<Http.Response> responses = List.of(
                http().post("/api/v1/query", "{not json"),
                http().post("/api/v1/query", "{\"query\": 3, \"unknown\": true}"),
                http().post("/api/v1/query", "{}"),
                http().post("/api/v1/query", "[]"),
                http().post("/api/v1/compare", "{\"names\": []}"),
                http().get("/api/v1/entities"),
                http().get("/api/v1/entities?q=x&limit=lots"),
                http().get("/api/v1/facts/f-0000"),
                http().get("/api/v1/documents/nope/sections/1"),
                http().get("/api/v1/nowhere"),
                http().send("PUT", "/api/v1/stats", "application/json", new byte[0]),
                http().get("/api/v1/export?format=xml"),
                http().post("/api/v1/query?format=yaml", "{\"query\": \"show documents\"}"));
        for (Http.Response response : responses) {
            assertThat(response.status()).as(response.body()).isBetween(400, 499);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(response.json().get("detail").asText()).isNotBlank();
        }
    }

    @Test
    void entitiesAreFoundByNameOrAliasAsOneTypes() {
        JsonNode found = http().get("/api/v1/entities?q=mla").json().get("entities");
        assertThat(found.get(0).get("name").asText()).isEqualTo("Multi-head Latent Attention");
        assertThat(found.get(0).get("matched").asText()).isEqualTo("MLA");
        JsonNode prefix = http().get("/api/v1/entities?q=deepseek-v").json().get("entities");
        assertThat(prefix.findValuesAsText("name")).contains("DeepSeek-V2", "DeepSeek-V3");
    }

    @Test
    void aNeighbourhoodHasTheFactsInAndOutAsNodesAndEdges() {
        JsonNode picture = http().get("/api/v1/entities/MLA/neighbourhood").json();
        assertThat(picture.at("/entity/name").asText()).isEqualTo("Multi-head Latent Attention");
        assertThat(picture.get("edges").findValuesAsText("direction")).contains("in", "out");
        assertThat(picture.get("nodes").findValuesAsText("label")).contains("DeepSeek-V2", "DeepSeek-V3",
                "attention mechanism");
        assertThat(picture.get("facts")).hasSize(picture.get("edges").size());
    }

    @Test
    void aFactComesWithAllItsCitationsAndItsSectionShowsTheQuoteInPlace() {
        String id = http().post("/api/v1/query", "{\"query\": \"match \\\"DeepSeek-V2\\\" uses ?x\"}").json()
                .at("/rows/0/facts/0/id").asText();
        JsonNode fact = http().get("/api/v1/facts/" + id).json();
        JsonNode citation = fact.at("/citations/0");
        assertThat(citation.get("page").asInt()).isEqualTo(6);
        JsonNode section = http().get("/api/v1/documents/deepseek-v2/sections/" + citation.get("section").asText())
                .json();
        String text = section.get("text").asText();
        assertThat(text.substring(citation.get("start").asInt(), citation.get("end").asInt()))
                .isEqualTo(citation.get("quote").asText());
        assertThat(section.at("/pageStarts/0/page").asInt()).isEqualTo(7);
        assertThat(section.at("/pageStarts/0/offset").asInt()).isEqualTo(90);
    }

    @Test
    void compareAskSearchStatsAndReviewAnswer() {
        JsonNode comparison = http().post("/api/v1/compare", "{\"names\": [\"DeepSeek-V2\", \"DeepSeek-V3\"], "
                + "\"on\": [\"total_parameters\"]}").json();
        assertThat(comparison.get("columns").findValuesAsText("")).isEmpty();
        assertThat(comparison.at("/rows/0/cells/1/0/display").asText()).contains("671");
        assertThat(comparison.get("footnotes")).isNotEmpty();
        JsonNode tokens = http().post("/api/v1/compare", "{\"names\": [\"DeepSeek-V2\", \"DeepSeek-V3\"], "
                + "\"on\": [\"pretraining_tokens\", \"total_parameters\"]}").json();
        assertThat(tokens.at("/rows/0/conflicts").toString()).isEqualTo("[false,true]");
        assertThat(tokens.at("/rows/1/conflicts").toString()).isEqualTo("[false,false]");
        assertThat(http().post("/api/v1/compare?format=markdown", "{\"names\": [\"DeepSeek-V3\"], "
                + "\"on\": [\"pretraining_tokens\"]}").body()).contains("**conflicting values**");
        Http.Response unknown = http().post("/api/v1/compare", "{\"names\": [\"DeepSeek-V4\"]}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("detail").asText()).startsWith("no verified facts about DeepSeek-V4");

        JsonNode answer = http().post("/api/v1/ask",
                "{\"question\": \"How many total parameters does DeepSeek-V3 have?\"}").json();
        assertThat(answer.get("answer").asText()).contains("671B");
        assertThat(answer.get("model").asText()).isEqualTo("extractive");
        Http.Response noModel = http().post("/api/v1/ask", "{\"question\": \"What?\", \"useModel\": true}");
        assertThat(noModel.status()).isEqualTo(422);

        JsonNode hits = http().get("/api/v1/facts/search?q=DeepSeek-V2%20tokens&limit=3").json().get("hits");
        assertThat(hits.get(0).at("/fact/value").asText()).isEqualTo("8.1T token");

        JsonNode stats = http().get("/api/v1/stats").json();
        assertThat(stats.get("documents").asInt()).isEqualTo(2);
        assertThat(stats.at("/factsByStatus/rejected").asInt()).isEqualTo(1);

        JsonNode review = http().get("/api/v1/review").json();
        assertThat(review.get("total").asInt()).isEqualTo(1);
        assertThat(review.at("/facts/0/object/text").asText()).isEqualTo("Dropout");
    }
}
