package dev.citegraph.extractor.rules;

import dev.citegraph.extractor.extract.CandidateFact;
import dev.citegraph.graph.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Benchmark tables read into scores of the report's own models, each quoting its row as printed. */
class BenchmarkTablesTest {
    private final ModelMentions lumen = new ModelMentions("Lumen-2");

    @Test
    void benchmarksDownTheFirstColumnGiveTheOwnModelsColumn() {
        Table table = new Table("Table 2", "Comparison among Lumen-2 and other open models.", 9, List.of(
                List.of("Benchmark (Metric)", "# Shots", "Falcon 40B", "Lumen-1", "Lumen-2"),
                List.of("# Total Params", "-", "40B", "7B", "21B"),
                List.of("MMLU (Acc.)", "5-shot", "55.4", "61.0", "71.3"),
                List.of("Code", "HumanEval (Pass@1)", "0-shot", "20.1", "-", "48.8")));

        assertThat(BenchmarkTables.propose(table, lumen))
                .extracting(CandidateFact::subject, CandidateFact::predicate, CandidateFact::object,
                        CandidateFact::quote)
                .containsExactly(
                        tuple("Lumen-2", "benchmark_score", "71.3", "MMLU (Acc.) 5-shot 55.4 61.0 71.3"),
                        tuple("Lumen-2", "benchmark_score", "48.8", "Code HumanEval (Pass@1) 0-shot 20.1 - 48.8"));
    }

    @Test
    void qualifiersNameBenchmarkMetricAndShots() {
        Table table = new Table("Table 2", "", 9, List.of(
                List.of("Benchmark (Metric)", "# Shots", "Lumen-2"),
                List.of("MMLU (Acc.)", "5-shot", "71.3")));

        assertThat(BenchmarkTables.propose(table, lumen)).singleElement().extracting(CandidateFact::qualifiers)
                .isEqualTo(Map.of("benchmark", "MMLU", "metric", "Acc.", "shots", "5-shot"));
    }

    @Test
    void aNameSplitOverTwoHeaderLinesIsJoinedBackPerColumn() {
        Table table = new Table("Table 3", "Chat models.", 12, List.of(
                List.of("Benchmark", "# Shots Falcon Qwen 1.5 Lumen-2 Lumen-2"),
                List.of("40B Chat", "72B Chat", "Chat (SFT)", "Chat (RL)"),
                List.of("MMLU", "5-shot", "55.0", "76.2", "78.4", "77.8")));

        assertThat(BenchmarkTables.propose(table, lumen))
                .extracting(CandidateFact::subject, CandidateFact::object)
                .containsExactly(tuple("Lumen-2 Chat (SFT)", "78.4"), tuple("Lumen-2 Chat (RL)", "77.8"));
    }

    @Test
    void modelsDownTheFirstColumnGiveOneScorePerBenchmarkColumn() {
        Table table = new Table("Table 4", "Open-ended conversation.", 12, List.of(
                List.of("Model", "MT-Bench", "AlpacaEval 2.0"),
                List.of("Falcon 40B Chat", "7.10", "12.4"),
                List.of("Lumen-2 Chat", "8.97", "38.9")));

        assertThat(BenchmarkTables.propose(table, lumen))
                .extracting(CandidateFact::subject, CandidateFact::object, f -> f.qualifiers().get("benchmark"),
                        CandidateFact::quote)
                .containsExactly(tuple("Lumen-2 Chat", "8.97", "MT-Bench", "Lumen-2 Chat 8.97 38.9"),
                        tuple("Lumen-2 Chat", "38.9", "AlpacaEval 2.0", "Lumen-2 Chat 8.97 38.9"));
    }

    @Test
    void aVoteColumnBelongsToTheBenchmarkBeforeIt() {
        Table table = new Table("Table 6", "Reasoning benchmarks.", 15, List.of(
                List.of("AIME 2024", "MATH-500", "GPQA Diamond"),
                List.of("Model", "pass@1", "cons@64", "pass@1", "pass@1"),
                List.of("Lumen-2-Distill-7B", "55.5", "83.3", "92.8", "49.1")));

        assertThat(BenchmarkTables.propose(table, lumen))
                .extracting(f -> f.qualifiers().get("benchmark"), f -> f.qualifiers().get("metric"),
                        CandidateFact::object)
                .containsExactly(tuple("AIME 2024", "pass@1", "55.5"), tuple("AIME 2024", "cons@64", "83.3"),
                        tuple("MATH-500", "pass@1", "92.8"), tuple("GPQA Diamond", "pass@1", "49.1"));
    }

    @Test
    void nothingFromRowsDescribingTheModelsNorFromWordsOrDashes() {
        Table table = new Table("Table 2", "", 9, List.of(
                List.of("Metric", "# Shot", "Lumen-2"),
                List.of("Relative Expert Size", "N/A", "0.25"),
                List.of("Architecture", "MoE"),
                List.of("PIQA (Acc.)", "0-shot", "-"),
                List.of("HellaSwag (Acc.)", "0-shot", "54.8")));

        assertThat(BenchmarkTables.propose(table, lumen)).extracting(CandidateFact::object).containsExactly("54.8");
    }

    @Test
    void nothingWhenHeaderLinesCannotBeMatchedToTheColumns() {
        Table table = new Table("Table 5", "Distilled models.", 14, List.of(
                List.of("GPQA", "LiveCode"),
                List.of("AIME 2024", "MATH-500", "CodeForces"),
                List.of("Model", "Diamond", "Bench"),
                List.of("pass@1", "cons@64", "pass@1", "pass@1", "pass@1", "rating"),
                List.of("Lumen-2-Distill-7B", "55.5", "83.3", "92.8", "49.1", "37.6", "1189")));

        assertThat(BenchmarkTables.propose(table, lumen)).isEmpty();
    }

    @Test
    void otherModelsAndOtherVersionsAreNotTheReportsResults() {
        Table table = new Table("Table 9", "", 20, List.of(
                List.of("Model", "MMLU"),
                List.of("Lumen-1", "61.0"),
                List.of("Lumen-25", "80.0"),
                List.of("Falcon 40B", "55.4")));

        assertThat(BenchmarkTables.propose(table, lumen)).isEmpty();
        assertThat(BenchmarkTables.propose(table, new ModelMentions(null))).isEmpty();
    }

    @Test
    void aTableWithoutACornerWordIsNotReadAsBenchmarks() {
        Table agreement = new Table("Table 10", "Agreement among annotators.", 33, List.of(
                List.of("Agreement", "Lumen-2", "Annotator 1"),
                List.of("Lumen-2", "100.0%", "66.7%")));

        assertThat(BenchmarkTables.propose(agreement, lumen)).isEmpty();
    }
}
