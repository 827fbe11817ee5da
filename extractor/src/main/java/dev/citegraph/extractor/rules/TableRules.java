package dev.citegraph.extractor.rules;

import dev.citegraph.extractor.extract.CandidateFact;
import dev.citegraph.extractor.normalize.NumberScanner;
import dev.citegraph.extractor.normalize.QualifierNormalizer;
import dev.citegraph.graph.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cost tables: one axis names measures (GPU hours, USD), the other training stages. Stages may run across the
 * header row (the way the V3 report prints its Table 1) or down the first column (a Markdown
 * {@code | Pre-Training | 2664K |} table); either way each number cell becomes a fact about the model the table
 * is about, with its stage as qualifier, quoting the row as printed.
 */
final class TableRules {
    private static final Pattern GPU_HOURS = Pattern.compile("(?i)GPU[- ]?hours?");
    private static final Pattern DOLLARS = Pattern.compile("(?i)\\bUSD\\b|\\$|\\bcost\\s*\\(?\\$");
    private static final Pattern HARDWARE = Pattern.compile("\\b([HA]\\d{2,4})\\b");

    private record Measure(String predicate, String unitWords, String hardware) {
    }

    private TableRules() {
    }

    static List<CandidateFact> propose(Table table, ModelMentions models) {
        Optional<String> subject = models.subjectBefore(table.caption(), table.caption().length());
        if (subject.isEmpty() || table.rows().size() < 2) return List.of();
        List<String> header = table.rows().get(0);
        Map<Integer, Measure> measureRows = new HashMap<>();
        for (int r = 1; r < table.rows().size(); r++) measureOf(cell(table, r, 0)).ifPresent(putIn(measureRows, r));
        Map<Integer, Measure> measureColumns = new HashMap<>();
        for (int c = 1; c < header.size(); c++) {
            measureOf(header.get(c)).or(dollarColumn(table, c)).ifPresent(putIn(measureColumns, c));
        }
        List<CandidateFact> facts = new ArrayList<>();
        for (int r = 1; r < table.rows().size(); r++) {
            for (int c = 1; c < table.rows().get(r).size(); c++) {
                Measure measure = measureRows.containsKey(r) ? measureRows.get(r) : measureColumns.get(c);
                if (measure == null) continue;
                String stage = measureRows.containsKey(r) ? cell(table, 0, c) : cell(table, r, 0);
                String value = cell(table, r, c);
                if (stage.isBlank() || NumberScanner.scan(value).isEmpty()) continue;
                Map<String, String> qualifiers = new HashMap<>();
                qualifiers.put("stage", QualifierNormalizer.stage(stage));
                if (!measure.hardware().isEmpty()) qualifiers.put("hardware", measure.hardware());
                facts.add(new CandidateFact(subject.get(), measure.predicate(),
                        (value + " " + measure.unitWords()).strip(), table.rowText(r), qualifiers));
            }
        }
        return facts;
    }

    private static java.util.function.Consumer<Measure> putIn(Map<Integer, Measure> map, int index) {
        return measure -> map.put(index, measure);
    }

    private static Optional<Measure> measureOf(String label) {
        Matcher hw = HARDWARE.matcher(label);
        String hardware = hw.find() ? hw.group(1) : "";
        if (GPU_HOURS.matcher(label).find()) return Optional.of(new Measure("gpu_hours", "GPU hours", hardware));
        if (DOLLARS.matcher(label).find()) return Optional.of(new Measure("training_cost", "", hardware));
        return Optional.empty();
    }

    /** A column headed only "Cost" still says what it measures when every one of its cells is in dollars. */
    private static java.util.function.Supplier<Optional<Measure>> dollarColumn(Table table, int column) {
        return () -> {
            List<String> cells = table.rows().subList(1, table.rows().size()).stream()
                    .map(row -> column < row.size() ? row.get(column).strip() : "")
                    .filter(value -> !value.isEmpty()).toList();
            boolean dollars = !cells.isEmpty() && cells.stream().allMatch(value -> value.startsWith("$"));
            return dollars ? Optional.of(new Measure("training_cost", "", "")) : Optional.empty();
        };
    }

    private static String cell(Table table, int row, int column) {
        List<String> cells = table.rows().get(row);
        return column < cells.size() ? cells.get(column).strip() : "";
    }
}
