package dev.citegraph.queries.answer;

import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.rdf.TdbGraphStore;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.queries.answer.ask.Answer;
import dev.citegraph.queries.answer.ask.Asker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How well extractive answers judge what a question asks, on two question sets of our own over the gold graph
 * ({@link AnswerFixtures}): one the thresholds were tuned on, one held out. Each question either has facts that
 * answer it (the answer must cite one) or asks about an attribute no fact covers (the answer must be "Not in the
 * documents."). Precision: of the answers making a claim, the share citing a right fact; recall: of the answerable
 * questions, the share answered with a right fact. The figures are those of BENCHMARKS.md; a change that moves them
 * must update both. {@code target/judgement-tuning.txt} and {@code target/judgement-held-out.txt} list every
 * question with its answer.
 */
class JudgementTest {

    record Question(String text, List<String> answeredBy) {
        boolean answerable() {
            return !answeredBy.isEmpty();
        }

        boolean rightFact(Fact fact) {
            return answeredBy.contains(fact.subject().name() + " :: " + fact.predicate().name());
        }
    }

    record Figures(int answerable, int unanswerable, int right, int wrong, int abstainedRightly) {
        String line(String set) {
            return String.format("%s: precision %d/%d, recall %d/%d, \"Not in the documents.\" on %d/%d unanswerable",
                    set, right, right + wrong, right, answerable, abstainedRightly, unanswerable);
        }
    }

    private final Asker asker = new Asker(AnswerFixtures.store(), PredicateVocabulary.builtIn(), Clock.systemUTC());

    @Test
    void theTuningQuestionsScoreAsRecorded() throws IOException {
        Figures figures = measure("tuning", questions("judgement-tuning.txt"));

        assertThat(figures.line("tuning")).isEqualTo("tuning: precision 16/16, recall 16/16, "
                + "\"Not in the documents.\" on 14/14 unanswerable");
    }

    @Test
    void theHeldOutQuestionsScoreAsRecorded() throws IOException {
        Figures figures = measure("held-out", questions("judgement-heldout.txt"));

        assertThat(figures.line("held-out")).isEqualTo("held-out: precision 14/16, recall 14/14, "
                + "\"Not in the documents.\" on 10/12 unanswerable");
    }

    @Test
    void answersEveryQuestionAlikeOnTheNeo4jAndTheTdb2Store(@TempDir Path directory) throws IOException {
        List<Question> all = new ArrayList<>(questions("judgement-tuning.txt"));
        all.addAll(questions("judgement-heldout.txt"));
        try (GraphStore tdb = new TdbGraphStore(directory)) {
            AnswerFixtures.loadInto(tdb);
            Asker onTdb = new Asker(tdb, PredicateVocabulary.builtIn(), Clock.systemUTC());
            for (Question question : all) {
                assertThat(ids(onTdb.ask(question.text()))).as(question.text())
                        .isEqualTo(ids(asker.ask(question.text())));
            }
        }
    }

    private Figures measure(String set, List<Question> questions) throws IOException {
        int answerable = 0;
        int right = 0;
        int wrong = 0;
        int abstained = 0;
        List<String> lines = new ArrayList<>();
        for (Question question : questions) {
            Answer answer = asker.ask(question.text());
            boolean claims = !answer.notInDocuments();
            boolean isRight = claims && answer.cited().stream().anyMatch(question::rightFact);
            if (question.answerable()) answerable++;
            if (claims && isRight) right++;
            if (claims && !isRight) wrong++;
            if (!question.answerable() && !claims) abstained++;
            lines.add((claims == question.answerable() && (!claims || isRight) ? "  ok    " : "  WRONG ")
                    + question.text() + " -> " + (claims ? answer.cited().stream()
                    .map(f -> f.subject().name() + " :: " + f.predicate().name()).toList() : Answer.NOT_IN_DOCUMENTS));
        }
        Figures figures = new Figures(answerable, questions.size() - answerable, right, wrong, abstained);
        lines.add(0, figures.line(set));
        Path report = Path.of("target", "judgement-" + set + ".txt");
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.write(report, lines, StandardCharsets.UTF_8);
        lines.forEach(System.out::println);
        return figures;
    }

    private static List<String> ids(Answer answer) {
        return answer.cited().stream().map(Fact::id).toList();
    }

    private static List<Question> questions(String resource) throws IOException {
        try (InputStream in = JudgementTest.class.getResourceAsStream(resource)) {
            List<Question> questions = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.split(" => ", 2);
                List<String> answeredBy = parts[1].strip().equals("none") ? List.of()
                        : Arrays.stream(parts[1].split(";")).map(String::strip).toList();
                questions.add(new Question(parts[0].strip(), answeredBy));
            }
            return questions;
        }
    }
}
