package dev.citegraph.mcp;

import dev.citegraph.dsl.QueryError;
import dev.citegraph.dsl.QueryException;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.model.Table;
import dev.citegraph.queries.answer.ask.CheckedSentence;
import dev.citegraph.queries.answer.compare.CellValue;
import dev.citegraph.queries.answer.compare.Comparison;
import dev.citegraph.queries.answer.compare.ComparisonRow;
import dev.citegraph.queries.answer.retrieval.ScoredFact;
import dev.citegraph.queries.query.Answer;
import dev.citegraph.queries.query.FactValues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one mapping from citegraph's answer model to what the tools return: every answer kind becomes an
 * {@link AnswerTable} (rows, the facts behind them, their numbered citations), rendered as text and structured
 * content together. Sections and errors, which are not answers, have shapes of their own here too.
 */
public final class AnswerMapper implements Answer.Visitor<ToolAnswer> {

    /** An answer of the query language: facts, comparison, aggregate, listing or explanation. */
    public ToolAnswer map(Answer answer) {
        return answer.accept(this);
    }

    @Override
    public ToolAnswer visitFactRows(Answer.FactRows answer) {
        AnswerTable table = new AnswerTable("facts", answer.columns());
        answer.rows().forEach(row -> table.row(row.cells(), row.facts()));
        return table.toAnswer();
    }

    @Override
    public ToolAnswer visitComparison(Answer.Comparison answer) {
        List<String> columns = new ArrayList<>(List.of("predicate"));
        columns.addAll(answer.columns());
        AnswerTable table = new AnswerTable("comparison", columns);
        for (Answer.ComparisonRow row : answer.rows()) {
            List<String> values = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                List<Fact> cell = row.cells().get(c);
                values.add(cell.isEmpty() ? Answer.NOT_REPORTED
                        : cell.stream().map(FactValues::display).collect(Collectors.joining("; "))
                        + (row.conflicting(c) ? " (" + Answer.Comparison.CONFLICTING + ")" : ""));
            }
            table.rowOfCells(row.predicate(), values, row.cells());
        }
        return table.toAnswer();
    }

    @Override
    public ToolAnswer visitAggregates(Answer.Aggregates answer) {
        List<String> columns = new ArrayList<>();
        answer.groupColumn().ifPresent(columns::add);
        columns.add(answer.valueColumn());
        AnswerTable table = new AnswerTable("aggregate", columns);
        for (Answer.AggregateRow row : answer.rows()) {
            List<String> cells = new ArrayList<>();
            row.group().ifPresent(cells::add);
            cells.add(row.value().map(v -> v.toPlainString()).orElse("none"));
            table.row(cells, row.facts());
        }
        return table.toAnswer();
    }

    @Override
    public ToolAnswer visitListing(Answer.Listing answer) {
        AnswerTable table = new AnswerTable("listing", answer.columns()).whenEmpty("Nothing listed.");
        answer.rows().forEach(row -> table.row(row, List.of()));
        return table.toAnswer();
    }

    @Override
    public ToolAnswer visitExplanation(Answer.Explanation answer) {
        Map<String, Object> explanation = new LinkedHashMap<>();
        explanation.put("plan", answer.plan());
        explanation.put("cypher", answer.cypher());
        explanation.put("sparql", answer.sparql());
        Map<String, Object> parameters = new LinkedHashMap<>();
        new TreeMap<>(answer.parameters()).forEach((k, v) -> parameters.put(k, String.valueOf(v)));
        explanation.put("parameters", parameters);
        return new AnswerTable("explanation", List.of())
                .preamble("Plan\n" + answer.plan() + "\n\nCypher\n" + answer.cypher() + "\n\nSPARQL\n" + answer.sparql())
                .whenEmpty("(explain answers with the plan only: run the query without explain for its answer)")
                .put("explanation", explanation)
                .toAnswer();
    }

    /** A side-by-side comparison; {@code facts} holds at least the facts its cells show. */
    public ToolAnswer comparison(Comparison comparison, List<Fact> facts) {
        Map<String, Fact> byId = facts.stream().collect(Collectors.toMap(Fact::id, Function.identity(), (a, b) -> a));
        List<String> columns = new ArrayList<>(List.of("attribute"));
        columns.addAll(comparison.columns());
        AnswerTable table = new AnswerTable("comparison", columns);
        for (ComparisonRow row : comparison.rows()) {
            List<String> values = new ArrayList<>();
            List<List<Fact>> cellFacts = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                List<CellValue> cell = row.cells().get(c);
                values.add(cell.isEmpty() ? Answer.NOT_REPORTED
                        : cell.stream().map(CellValue::display).collect(Collectors.joining("; "))
                        + (row.conflicting(c) ? " (" + Answer.Comparison.CONFLICTING + ")" : ""));
                cellFacts.add(cell.stream().map(v -> byId.get(v.factId())).filter(f -> f != null).toList());
            }
            table.rowOfCells(row.attribute(), values, cellFacts);
        }
        return table.toAnswer();
    }

    /** Facts retrieved for a question, best first. */
    public ToolAnswer search(String question, List<ScoredFact> found) {
        AnswerTable table = new AnswerTable("search", List.of("subject", "predicate", "value"))
                .whenEmpty("No verified fact matches the question: not in the documents.")
                .put("question", question);
        for (ScoredFact scored : found) {
            Fact fact = scored.fact();
            table.row(List.of(fact.subject().name(), fact.predicate().name(), FactValues.display(fact)), List.of(fact));
        }
        return table.toAnswer();
    }

    /** A written answer: its supported sentences, each with the facts it cites. */
    public ToolAnswer asked(dev.citegraph.queries.answer.ask.Answer answer) {
        Map<String, Fact> cited = answer.cited().stream()
                .collect(Collectors.toMap(Fact::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        AnswerTable table = new AnswerTable("answer", List.of("sentence"))
                .put("answer", answer.text())
                .put("notInDocuments", answer.notInDocuments())
                .put("query", answer.query())
                .put("model", answer.model());
        for (CheckedSentence sentence : answer.sentences()) {
            if (!sentence.supported()) continue;
            table.row(List.of(sentence.text()),
                    sentence.citedIds().stream().map(cited::get).filter(f -> f != null).toList());
        }
        return table.preamble(answer.text()).proseOnly().toAnswer();
    }

    /** The documents of the graph with their section counts. */
    public ToolAnswer documents(List<Document> documents, Map<String, Integer> sections) {
        AnswerTable table = new AnswerTable("documents", List.of("id", "title", "pages", "sections"))
                .whenEmpty("The graph holds no documents yet (build it with kg build).");
        for (Document d : documents) {
            table.row(List.of(d.id(), d.title(), String.valueOf(d.pages()),
                    String.valueOf(sections.getOrDefault(d.id(), 0))), List.of());
        }
        return table.toAnswer();
    }

    /** A section of a report, cited by itself: its text (cut at {@code maxChars}), title, pages and tables. */
    public ToolAnswer section(Section section, int maxChars) {
        boolean truncated = section.text().length() > maxChars;
        String text = truncated ? section.text().substring(0, maxChars) : section.text();
        String pages = section.pageStart() == 0 ? "" : section.pageEnd() > section.pageStart()
                ? ", pp." + section.pageStart() + "-" + section.pageEnd() : ", p." + section.pageStart();
        String cite = section.documentId() + " " + section.label() + pages;
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("kind", "section");
        root.put("document", section.documentId());
        root.put("section", section.number());
        root.put("title", section.title());
        root.put("level", section.level());
        root.put("pageStart", section.pageStart() == 0 ? null : section.pageStart());
        root.put("pageEnd", section.pageEnd() == 0 ? null : section.pageEnd());
        root.put("text", text);
        root.put("truncated", truncated);
        List<Map<String, Object>> tables = new ArrayList<>();
        StringBuilder out = new StringBuilder(cite).append("\n\n").append(text);
        if (truncated) out.append(" [... cut at ").append(maxChars).append(" characters]");
        for (Table t : section.tables()) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("label", t.label());
            node.put("caption", t.caption());
            node.put("page", t.page());
            node.put("rows", t.rows());
            tables.add(node);
            out.append("\n\n").append(t.label()).append(t.caption().isBlank() ? "" : " | " + t.caption());
            t.rows().forEach(r -> out.append("\n").append(String.join(" | ", r)));
        }
        root.put("tables", tables);
        root.put("citation", cite);
        out.append("\n\nCite as: ").append(cite);
        return ToolAnswer.of(out.toString(), root);
    }

    /** A query the language could not understand: code, line:column, the line with a caret, what to do. */
    public ToolAnswer queryError(QueryException e) {
        QueryError error = e.error();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("code", error.code().code());
        detail.put("kind", error.kind().name().toLowerCase(java.util.Locale.ROOT));
        detail.put("line", error.position().line());
        detail.put("column", error.position().column());
        detail.put("message", error.message());
        detail.put("formatted", e.getMessage());
        return ToolAnswer.error(e.getMessage() + "\nFix the query and run it again (the query tool's description "
                + "shows the language).", Map.of("error", detail));
    }

    /** Any other mistake a caller can fix: unknown names, a missing section, a bad argument. */
    public ToolAnswer error(String code, String message) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("code", code);
        detail.put("message", message);
        return ToolAnswer.error(message, Map.of("error", detail));
    }
}
