package dev.citegraph.queries.query.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.queries.query.Answer;
import dev.citegraph.queries.query.FactValues;

import java.util.List;
import java.util.TreeMap;

/** Answers for programs: every fact with its id, status and full citations. */
final class JsonRenderer implements Answer.Visitor<ObjectNode> {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static String render(Answer answer) {
        try {
            return MAPPER.writeValueAsString(answer.accept(new JsonRenderer())) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer could not be written as JSON", e);
        }
    }

    @Override
    public ObjectNode visitFactRows(Answer.FactRows answer) {
        ObjectNode root = kind("facts");
        answer.columns().forEach(root.putArray("columns")::add);
        ArrayNode rows = root.putArray("rows");
        for (Answer.FactRow row : answer.rows()) {
            ObjectNode node = rows.addObject();
            ObjectNode values = node.putObject("values");
            for (int i = 0; i < answer.columns().size(); i++) values.put(answer.columns().get(i), row.cells().get(i));
            facts(node.putArray("facts"), row.facts());
        }
        answer.why().forEach(root.putArray("why")::add);
        return root;
    }

    @Override
    public ObjectNode visitComparison(Answer.Comparison answer) {
        ObjectNode root = kind("comparison");
        answer.columns().forEach(root.putArray("columns")::add);
        ArrayNode rows = root.putArray("rows");
        for (Answer.ComparisonRow row : answer.rows()) {
            ObjectNode node = rows.addObject().put("predicate", row.predicate());
            ArrayNode cells = node.putArray("cells");
            for (int c = 0; c < answer.columns().size(); c++) {
                List<Fact> cell = row.cells().get(c);
                ObjectNode cellNode = cells.addObject().put("column", answer.columns().get(c))
                        .put("reported", !cell.isEmpty()).put("value", Cells.comparison(cell))
                        .put("conflicting", row.conflicting(c));
                facts(cellNode.putArray("facts"), cell);
            }
        }
        return root;
    }

    @Override
    public ObjectNode visitAggregates(Answer.Aggregates answer) {
        ObjectNode root = kind("aggregate");
        answer.groupColumn().ifPresent(g -> root.put("group", g));
        root.put("aggregate", answer.valueColumn());
        ArrayNode rows = root.putArray("rows");
        for (Answer.AggregateRow row : answer.rows()) {
            ObjectNode node = rows.addObject();
            row.group().ifPresent(g -> node.put("group", g));
            if (row.value().isPresent()) node.put("value", row.value().get());
            else node.putNull("value");
            row.unit().ifPresent(u -> node.put("unit", u));
            facts(node.putArray("facts"), row.facts());
        }
        answer.counted().ifPresent(c -> root.put("counted", c));
        answer.why().forEach(root.putArray("why")::add);
        return root;
    }

    @Override
    public ObjectNode visitListing(Answer.Listing answer) {
        ObjectNode root = kind("listing");
        ArrayNode rows = root.putArray("rows");
        for (List<String> row : answer.rows()) {
            ObjectNode node = rows.addObject();
            for (int i = 0; i < answer.columns().size(); i++) node.put(answer.columns().get(i), row.get(i));
        }
        return root;
    }

    @Override
    public ObjectNode visitExplanation(Answer.Explanation answer) {
        ObjectNode root = kind("explanation").put("plan", answer.plan()).put("cypher", answer.cypher())
                .put("sparql", answer.sparql());
        ObjectNode parameters = root.putObject("parameters");
        new TreeMap<>(answer.parameters()).forEach((k, v) -> parameters.putPOJO(k, v));
        return root;
    }

    private static ObjectNode kind(String kind) {
        return MAPPER.createObjectNode().put("kind", kind);
    }

    private static void facts(ArrayNode array, List<Fact> facts) {
        for (Fact fact : facts) {
            ObjectNode node = array.addObject().put("id", fact.id()).put("subject", fact.subject().name())
                    .put("predicate", fact.predicate().name()).put("object", fact.object().display())
                    .put("value", FactValues.display(fact)).put("status", fact.status().name());
            FactValues.reason(fact).ifPresent(reason -> node.put("reason", reason));
            ObjectNode qualifiers = node.putObject("qualifiers");
            fact.qualifiers().forEach(qualifiers::put);
            ArrayNode citations = node.putArray("citations");
            for (Citation c : fact.citations()) {
                ObjectNode citation = citations.addObject().put("document", c.documentId())
                        .put("section", c.sectionNumber()).put("title", c.sectionTitle());
                if (c.page() != null) citation.put("page", c.page());
                else citation.putNull("page");
                citation.put("quote", c.quote()).put("text", Citations.render(c));
            }
        }
    }
}
