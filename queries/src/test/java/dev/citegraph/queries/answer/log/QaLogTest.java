package dev.citegraph.queries.answer.log;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class QaLogTest {
    @TempDir
    Path dir;

    @Test
    void writesOneUtf8JsonLinePerRecordEvenWhenTheTextHoldsLineBreaks() throws Exception {
        QaLog log = new QaLog(dir.resolve("logs/qa.jsonl"));
        log.append(record("Wie groß ist DeepSeek-V3 – 671B?", "Zeile eins.\nZeile zwei: 𝑛ℎ"));

        List<String> lines = Files.readAllLines(log.file(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("Wie groß ist DeepSeek-V3 – 671B?").contains("\\n");
        assertThat(log.read()).singleElement().satisfies(r -> assertThat(r.answer()).endsWith("𝑛ℎ"));
    }

    @Test
    void concurrentAppendsNeverInterleaveOrSwapQuestionsAndAnswers() throws Exception {
        QaLog log = new QaLog(dir.resolve("qa.jsonl"));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> writes = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int n = i;
                writes.add(pool.submit(() -> log.append(record("question " + n, "answer " + n + " " + "x".repeat(n * 40)))));
            }
            for (Future<?> write : writes) write.get();
        } finally {
            pool.shutdown();
        }

        List<QaRecord> records = log.read();
        assertThat(records).hasSize(400);
        for (QaRecord r : records) {
            assertThat(r.answer()).startsWith("answer " + r.question().substring("question ".length()) + " ");
        }
    }

    private static QaRecord record(String question, String answer) {
        return new QaRecord("2026-11-28T21:00:00Z", question, "facts about \"DeepSeek-V3\"", List.of("f-1"), answer,
                List.of(new QaRecord.LoggedCitation("f-1", "deepseek-v3", "1 Introduction", 4, "671B")),
                "extractive", false, List.of());
    }
}
