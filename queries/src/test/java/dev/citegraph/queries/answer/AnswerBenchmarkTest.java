package dev.citegraph.queries.answer;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.queries.answer.ask.Answer;
import dev.citegraph.queries.answer.ask.Asker;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer figures of BENCHMARKS.md (run {@code bench/answers.sh}): over the gold questions, the share whose answer
 * cites the sections of the gold facts; over questions the reports do not answer, the claims made (zero expected).
 * The graph is the gold facts loaded as verified facts; answers are extractive (no model on the benchmark machine).
 */
class AnswerBenchmarkTest {
    private static final Path REPORT = Path.of("target", "answer-benchmark.txt");

    @Test
    void measuresCitedSectionsOnGoldQuestionsAndClaimsOnQuestionsTheReportsDoNotAnswer() throws IOException {
        Asker asker = new Asker(AnswerFixtures.store(), PredicateVocabulary.builtIn(), Clock.systemUTC());
        List<String> lines = new ArrayList<>();
        int any = 0;
        int all = 0;
        List<GoldCorpus.GoldQuestion> questions = GoldCorpus.questions();
        for (GoldCorpus.GoldQuestion question : questions) {
            Set<String> cited = citedSections(asker.ask(question.question()));
            int covered = 0;
            for (String goldId : question.answerFactIds()) {
                GoldCorpus.GoldFact gold = AnswerFixtures.gold().get(goldId);
                if (gold.sections().stream().anyMatch(s -> cited.contains(gold.document() + " §" + s))) covered++;
            }
            if (covered > 0) any++;
            if (covered == question.answerFactIds().size()) all++;
            lines.add(String.format("  %s  %d/%d gold facts' sections cited  cited: %s", question.id(), covered,
                    question.answerFactIds().size(), cited.isEmpty() ? "(not in the documents)" : cited));
        }
        List<String> negatives = notInReports();
        int claims = 0;
        for (String question : negatives) {
            Answer answer = asker.ask(question);
            if (!answer.notInDocuments()) claims++;
            lines.add("  not in reports: " + question + " -> " + answer.text().replace('\n', ' '));
        }
        List<String> report = new ArrayList<>();
        report.add("answers benchmark: extractive answers (no LLM), graph = gold facts loaded as verified facts");
        report.add(String.format("gold questions: %d; answer cites a gold fact's section: %d (%.0f%%); cites every "
                        + "gold fact's section: %d (%.0f%%)", questions.size(), any, 100.0 * any / questions.size(),
                all, 100.0 * all / questions.size()));
        report.add(String.format("questions not answered by the reports: %d; answers making a claim: %d",
                negatives.size(), claims));
        report.addAll(lines);
        Files.createDirectories(REPORT.toAbsolutePath().getParent());
        Files.write(REPORT, report, StandardCharsets.UTF_8);
        report.forEach(System.out::println);

        assertThat(claims).as("claims on questions the reports do not answer").isZero();
    }

    private static Set<String> citedSections(Answer answer) {
        Set<String> sections = new HashSet<>();
        for (Fact fact : answer.cited()) {
            for (Citation c : fact.citations()) sections.add(c.documentId() + " §" + c.sectionNumber());
        }
        return sections;
    }

    private static List<String> notInReports() throws IOException {
        try (InputStream in = AnswerBenchmarkTest.class.getResourceAsStream("not-in-reports.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
