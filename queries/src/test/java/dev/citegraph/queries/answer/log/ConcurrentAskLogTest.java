package dev.citegraph.queries.answer.log;

import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.queries.answer.AnswerFixtures;
import dev.citegraph.queries.answer.ModelServer;
import dev.citegraph.queries.answer.ask.Asker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.citegraph.queries.answer.ModelServer.ANSWER_REQUEST;
import static dev.citegraph.queries.answer.ModelServer.QUERY_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentAskLogTest {
    private static final int ASKS = 8;

    @TempDir
    Path dir;

    @Test
    void concurrentAsksLogEachQuestionWithItsOwnAnswerQueryAndFacts() throws Exception {
        String total = AnswerFixtures.store().allFacts().stream()
                .filter(f -> f.subject().name().equals("DeepSeek-V3")
                        && f.predicate().name().equals("has_total_parameters")).findFirst().orElseThrow().id();
        Asker asker = new Asker(AnswerFixtures.store(), PredicateVocabulary.builtIn(), Clock.systemUTC());
        QaLog log = new QaLog(dir.resolve("qa.jsonl"));
        try (ModelServer server = new ModelServer(ModelServer.Protocol.OPENAI)) {
            server.reply("facts about \"DeepSeek-V3\"", QUERY_REQUEST);
            for (int i = 0; i < ASKS; i++) {
                server.reply("<think>Question " + i + ".</think>\nDeepSeek-V3 (ask №" + i + ") has 671B total parameters ["
                        + total + "].", ANSWER_REQUEST, "ask №" + i + "?");
            }
            ExecutorService pool = Executors.newFixedThreadPool(ASKS);
            try {
                List<Future<?>> asks = new ArrayList<>();
                for (int i = 0; i < ASKS; i++) {
                    String question = "How many total parameters does DeepSeek-V3 have, ask №" + i + "?";
                    asks.add(pool.submit(() -> log.append(QaRecords.of(
                            asker.ask(question, server.chatModel(), server.label())))));
                }
                for (Future<?> ask : asks) ask.get();
            } finally {
                pool.shutdown();
            }
        }

        List<QaRecord> records = log.read();
        assertThat(records).hasSize(ASKS);
        for (QaRecord record : records) {
            String n = record.question().replaceAll(".*№(\\d+)\\?$", "$1");
            assertThat(record.answer()).isEqualTo("DeepSeek-V3 (ask №" + n + ") has 671B total parameters [" + total + "].");
            assertThat(record.query()).isEqualTo("facts about \"DeepSeek-V3\"");
            assertThat(record.factsGiven()).contains(total);
            assertThat(record.citations()).extracting(QaRecord.LoggedCitation::fact).containsExactly(total);
            assertThat(record.model()).isEqualTo("openai:qwen3-8b");
        }
        assertThat(records).extracting(QaRecord::question).doesNotHaveDuplicates();
    }
}
