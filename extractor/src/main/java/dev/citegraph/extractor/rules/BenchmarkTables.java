package dev.citegraph.extractor.rules;

import dev.citegraph.extractor.extract.CandidateFact;
import dev.citegraph.graph.model.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Benchmark tables: benchmarks down the first column and models across the header (the transpose when the header's
 * corner says "Model"). Each number cell of one of the report's own models becomes a {@code benchmark_score} fact
 * quoting its row as printed; other models' scores are the report's comparison, not its results, and "-" cells say
 * nothing.
 */
final class BenchmarkTables {
    static final String PREDICATE = "benchmark_score";
    private static final Pattern SCORE = Pattern.compile("\\d+(?:\\.\\d+)?%?");
    private static final Pattern PLACEHOLDER = Pattern.compile("[-–—]|N/A");
    private static final Pattern SHOTS = Pattern.compile("(?i)(?:^|\\s+)(\\d+-shot)$");
    private static final Pattern MODEL_CORNER = Pattern.compile("(?i)models?\\b.*");
    private static final Pattern BENCHMARK_CORNER = Pattern.compile("(?i)(?:benchmarks?|metrics?|tasks?|datasets?)\\b.*");
    private static final Pattern STUB = Pattern.compile("(?i)(?:models?|benchmarks?|metrics?|tasks?|datasets?)\\b.*"
            + "|\\(metric\\)|#\\s*shots?");
    private static final Pattern STUB_PREFIX = Pattern.compile("(?i)^#\\s*shots?\\s+");
    private static final Pattern METRIC = Pattern.compile(
            "(?i)(?:pass|cons|maj)@\\d+|rating|acc\\.?|em|f1|resolved|percentile|win[- ]?rate");
    /** A vote over many samples is printed as a column of its own under the benchmark before it. */
    private static final Pattern VOTE = Pattern.compile("(?i)(?:cons|maj)@\\d+");

    /** A row of scores: its label (a benchmark or a model), its shots when printed, and its value cells. */
    private record ScoreRow(int index, String label, String shots, List<String> values) {
    }

    private BenchmarkTables() {
    }

    static List<CandidateFact> propose(Table table, ModelMentions models) {
        List<ScoreRow> rows = scoreRows(table);
        if (rows.isEmpty()) return List.of();
        // Rows describing the models ("# Total Params" with an "N/A" shot) print one cell more than the scores.
        int columns = Collections.max(rows.stream().collect(Collectors.groupingBy(r -> r.values().size(),
                Collectors.counting())).entrySet(), Map.Entry.comparingByValue()).getKey();
        List<ScoreRow> scores = rows.stream().filter(r -> r.values().size() == columns).toList();
        List<List<String>> header = table.rows().subList(0, scores.get(0).index());
        if (header.stream().anyMatch(row -> !row.isEmpty() && MODEL_CORNER.matcher(row.get(0).strip()).matches())) {
            return modelsDown(table, scores, headerLines(header, columns), models);
        }
        if (header.stream().anyMatch(row -> !row.isEmpty() && BENCHMARK_CORNER.matcher(row.get(0).strip()).matches())) {
            return benchmarksDown(table, scores, headerLines(header, columns), models);
        }
        return List.of();
    }

    private static List<CandidateFact> benchmarksDown(Table table, List<ScoreRow> rows, List<List<String>> header,
                                                      ModelMentions models) {
        Optional<List<String>> names = HeaderNames.of(header, rows.get(0).values().size());
        if (names.isEmpty()) return List.of();
        List<CandidateFact> facts = new ArrayList<>();
        for (ScoreRow row : rows) {
            BenchmarkLabel benchmark = BenchmarkLabel.parse(row.label());
            for (int c = 0; c < row.values().size(); c++) {
                if (models.isOwn(names.get().get(c))) facts.addAll(fact(table, row, c, names.get().get(c), benchmark));
            }
        }
        return facts;
    }

    private static List<CandidateFact> modelsDown(Table table, List<ScoreRow> rows, List<List<String>> header,
                                                  ModelMentions models) {
        Optional<List<BenchmarkLabel>> benchmarks = columnBenchmarks(header, rows.get(0).values().size());
        if (benchmarks.isEmpty()) return List.of();
        List<CandidateFact> facts = new ArrayList<>();
        for (ScoreRow row : rows) {
            if (!models.isOwn(row.label())) continue;
            for (int c = 0; c < row.values().size(); c++) {
                facts.addAll(fact(table, row, c, row.label(), benchmarks.get().get(c)));
            }
        }
        return facts;
    }

    /**
     * The benchmark of each column when models run down the table. A last line of metrics ("pass@1 cons@64 ...")
     * sits under benchmark names that span a vote column as well as their own.
     */
    private static Optional<List<BenchmarkLabel>> columnBenchmarks(List<List<String>> header, int columns) {
        if (header.isEmpty()) return Optional.empty();
        List<String> last = header.get(header.size() - 1);
        if (last.size() != columns || !last.stream().allMatch(cell -> METRIC.matcher(cell.strip()).matches())) {
            return HeaderNames.of(header, columns).map(names -> names.stream().map(BenchmarkLabel::parse).toList());
        }
        int votes = (int) last.stream().filter(cell -> VOTE.matcher(cell.strip()).matches()).count();
        return HeaderNames.of(header.subList(0, header.size() - 1), columns - votes).map(names -> {
            List<BenchmarkLabel> spread = new ArrayList<>();
            int name = -1;
            for (String metric : last) {
                if (!VOTE.matcher(metric.strip()).matches() || name < 0) name++;
                spread.add(BenchmarkLabel.parse(names.get(name)).withMetric(metric.strip()));
            }
            return spread;
        });
    }

    private static List<CandidateFact> fact(Table table, ScoreRow row, int column, String model,
                                            BenchmarkLabel benchmark) {
        String value = row.values().get(column);
        if (!SCORE.matcher(value).matches()) return List.of();
        return List.of(new CandidateFact(model, PREDICATE, value, table.rowText(row.index()),
                benchmark.qualifiers(row.shots())));
    }

    /** Rows ending in a run of number (or "-") cells with at least one number, after a label. */
    private static List<ScoreRow> scoreRows(Table table) {
        List<ScoreRow> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> cells = table.rows().get(r).stream().map(String::strip).toList();
            int start = cells.size();
            while (start > 0 && isValue(cells.get(start - 1))) start--;
            List<String> values = cells.subList(start, cells.size());
            if (values.stream().noneMatch(cell -> SCORE.matcher(cell).matches())) continue;
            String shots = "";
            List<String> labels = new ArrayList<>();
            for (String cell : cells.subList(0, start)) {
                Matcher m = SHOTS.matcher(cell);
                if (m.find()) {
                    shots = m.group(1);
                    cell = cell.substring(0, m.start()).strip();
                }
                if (!cell.isEmpty()) labels.add(cell);
            }
            // A group name ("English", "Code") printed in front of the first label of its group is not the label.
            if (!labels.isEmpty()) rows.add(new ScoreRow(r, labels.get(labels.size() - 1), shots, values));
        }
        return rows;
    }

    /** The header rows that name columns: corner words taken out, rows describing the models left out. */
    private static List<List<String>> headerLines(List<List<String>> header, int columns) {
        Function<String, String> unstub = cell -> STUB_PREFIX.matcher(cell.strip()).replaceFirst("");
        List<List<String>> lines = new ArrayList<>();
        for (List<String> row : header) {
            List<String> line = row.stream().map(unstub).filter(cell -> !cell.isEmpty())
                    .filter(cell -> !STUB.matcher(cell).matches()).toList();
            boolean describesModels = line.size() > columns || line.stream().anyMatch(cell -> PLACEHOLDER.matcher(cell).matches());
            if (!line.isEmpty() && !describesModels) lines.add(line);
        }
        return lines;
    }

    private static boolean isValue(String cell) {
        return SCORE.matcher(cell).matches() || PLACEHOLDER.matcher(cell).matches();
    }
}
