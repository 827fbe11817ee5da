package dev.citegraph.queries.serve;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The same request to a server on the embedded Neo4j and to one on Jena TDB2 gets the same JSON, byte for byte. */
class JsonAcrossStoresTest {
    @RegisterExtension
    static final ServedGoldenGraph neo4j = ServedGoldenGraph.embeddedNeo4j();

    @RegisterExtension
    static final ServedGoldenGraph tdb = ServedGoldenGraph.tdb();

    @ParameterizedTest
    @ValueSource(strings = {
            "POST /api/v1/query {\"query\": \"facts about \\\"DeepSeek-V3\\\"\"}",
            "POST /api/v1/query {\"query\": \"match ?m uses \\\"MLA\\\" . ?m pretraining_tokens ?t order by ?t desc\"}",
            "POST /api/v1/query {\"query\": \"compare \\\"DeepSeek-V2\\\", \\\"DeepSeek-V3\\\" on has_total_parameters\"}",
            "POST /api/v1/query {\"query\": \"sum ?c where \\\"DeepSeek-V3\\\" training_cost ?c\"}",
            "POST /api/v1/query {\"query\": \"show entities\"}",
            "POST /api/v1/query {\"query\": \"facts about \\\"DeepSeek-V3\\\"\", \"includeRejected\": true}",
            "POST /api/v1/query {\"query\": \"match ?m uses\"}",
            "POST /api/v1/compare {\"names\": [\"DeepSeek-V2\", \"DeepSeek-V3\"]}",
            "GET /api/v1/entities?q=deep",
            "GET /api/v1/entities/DeepSeek-V3/neighbourhood",
            "GET /api/v1/facts/search?q=how%20many%20parameters%20does%20DeepSeek-V3%20have",
            "GET /api/v1/documents",
            "GET /api/v1/documents/deepseek-v3/sections",
            "GET /api/v1/documents/deepseek-v3/sections/3.3.1",
            "GET /api/v1/stats",
            "GET /api/v1/review",
    })
    void bothStoresAnswerWithTheSameJson(String request) {
        JsonNode fromNeo4j = send(neo4j.http(), request);
        JsonNode fromTdb = send(tdb.http(), request);
        assertThat(fromTdb).as(request).isEqualTo(fromNeo4j);
    }

    private static JsonNode send(Http http, String request) {
        String[] parts = request.split(" ", 3);
        Http.Response response = parts[0].equals("GET") ? http.get(parts[1]) : http.post(parts[1], parts[2]);
        return response.json();
    }
}
