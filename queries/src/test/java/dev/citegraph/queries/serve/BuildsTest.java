package dev.citegraph.queries.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citegraph.queries.answer.GoldCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Building through the server over real HTTP: uploads, paths, SSE progress, cancel, failures, refusals. */
class BuildsTest {
    private static final long CAP = 5L * 1024 * 1024;

    @RegisterExtension
    static final ServedGoldenGraph served = ServedGoldenGraph.embeddedNeo4j(
            settings -> settings.withBuilds(List.of(demoDir()), CAP));

    private static Http http() {
        return served.http();
    }

    private static Path demoDir() {
        try {
            return Path.of(BuildsTest.class.getResource("/dev/citegraph/demo/lumen-1.md").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] demo(String name) throws IOException {
        return Files.readAllBytes(demoDir().resolve(name));
    }

    private static byte[] corpusPdf(String name) throws IOException {
        return Files.readAllBytes(GoldCorpus.goldDir().getParent().resolve(name));
    }

    private static JsonNode upload(Http.Multipart files) {
        Http.Response response = http().send("POST", "/api/v1/builds", files.contentType(), files.bytes());
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.headers().firstValue("Location")).contains("/api/v1/builds/"
                + response.json().get("id").asText());
        return response.json();
    }

    /** A job's event stream, read as it comes; {@link Events#next} waits for the next event. */
    private static final class Events {
        private final LinkedBlockingQueue<String[]> events = new LinkedBlockingQueue<>();
        private final CompletableFuture<?> done;

        Events(String jobId) {
            HttpClient client = HttpClient.newHttpClient();
            String[] pending = new String[3];
            done = client.sendAsync(http().request("/api/v1/builds/" + jobId + "/events")
                    .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(response -> {
                        assertThat(response.statusCode()).isEqualTo(200);
                        response.body().forEach(line -> {
                            if (line.startsWith("id: ")) pending[0] = line.substring(4);
                            else if (line.startsWith("event: ")) pending[1] = line.substring(7);
                            else if (line.startsWith("data: ")) pending[2] = line.substring(6);
                            else if (line.isEmpty() && pending[1] != null) {
                                events.add(pending.clone());
                                Arrays.fill(pending, null);
                            }
                        });
                    });
        }

        /** The next event as {id, type, data}. */
        String[] next() throws InterruptedException {
            String[] event = events.poll(3, TimeUnit.MINUTES);
            assertThat(event).as("an event within 3 minutes").isNotNull();
            return event;
        }

        /** Every event up to and including the last (done or cancelled); the stream then ends. */
        List<String[]> untilEnd() throws Exception {
            List<String[]> all = new ArrayList<>();
            while (true) {
                String[] event = next();
                all.add(event);
                if (event[1].equals("done") || event[1].equals("cancelled")) break;
            }
            done.get(1, TimeUnit.MINUTES);
            return all;
        }
    }

    private static List<String> types(List<String[]> events) {
        return events.stream().map(e -> e[1]).toList();
    }

    @Test
    void anUploadedReportIsBuiltAndItsProgressStreamsToTheEnd() throws Exception {
        JsonNode job = upload(Http.multipart().file("lumen-1.md", demo("lumen-1.md")));
        List<String[]> events = new Events(job.get("id").asText()).untilEnd();
        assertThat(types(events)).containsExactly("queued", "started", "reading", "built", "done");
        assertThat(events.stream().map(e -> e[0]).toList()).containsExactly("1", "2", "3", "4", "5");
        JsonNode built = Http.JSON.readTree(events.get(3)[2]);
        assertThat(built.get("document").asText()).isEqualTo("lumen-1");
        assertThat(built.get("verified").asInt()).isPositive();

        JsonNode answer = http().post("/api/v1/query", "{\"query\": \"match \\\"Lumen-1\\\" pretraining_tokens ?t\"}")
                .json();
        assertThat(answer.at("/rows/0/facts/0/value").asText()).isEqualTo("2.5T tokens");
        JsonNode view = http().get("/api/v1/builds/" + job.get("id").asText()).json();
        assertThat(view.get("state").asText()).isEqualTo("done");
        assertThat(view.at("/files/0/status").asText()).isEqualTo("built");
        // A client that connects after the end gets the whole story, and the stream ends.
        assertThat(types(new Events(job.get("id").asText()).untilEnd())).hasSize(5);
    }

    @Test
    void aReportUnderABuildRootIsBuiltByPathAndNothingOutsideIs() throws Exception {
        Http.Response accepted = http().post("/api/v1/builds", "{\"paths\": [\"lumen-2.md\"]}");
        assertThat(accepted.status()).isEqualTo(202);
        List<String[]> events = new Events(accepted.json().get("id").asText()).untilEnd();
        assertThat(types(events)).contains("built").last().isEqualTo("done");
        assertThat(http().get("/api/v1/documents/lumen-2").status()).isEqualTo(200);

        for (String outside : List.of("../../../../../../etc/passwd", "/etc/passwd", "../" + demoDir().getFileName()
                + "/../../pom.xml", "missing.md")) {
            Http.Response refused = http().post("/api/v1/builds", "{\"paths\": [\"" + outside + "\"]}");
            assertThat(refused.status()).as(outside).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aFailedFileIsReportedAndTheOthersAndEverythingStoredBeforeStay() throws Exception {
        JsonNode job = upload(Http.multipart()
                .file("broken.pdf", "%PDF-1.7\nthis is no PDF past its header\n".getBytes(StandardCharsets.UTF_8))
                .file("../../escape/lumen-copy.md", demo("lumen-2.md")));
        List<String[]> events = new Events(job.get("id").asText()).untilEnd();
        assertThat(types(events)).containsExactly("queued", "started", "reading", "failed", "reading", "built", "done");
        assertThat(Http.JSON.readTree(events.get(3)[2]).get("message").asText()).contains("broken.pdf");
        assertThat(Http.JSON.readTree(events.get(5)[2]).get("document").asText()).isEqualTo("lumen-copy");
        JsonNode documents = http().get("/api/v1/documents").json();
        assertThat(documents.findValuesAsText("id")).contains("deepseek-v2", "deepseek-v3", "lumen-copy");
        // The upload went into the job's own folder, whatever name it came with.
        try (Stream<Path> files = Files.walk(served.directory().resolve("uploads"))) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .contains("lumen-copy.md", "broken.pdf");
        }
        assertThat(served.directory().resolve("escape")).doesNotExist();
    }

    @Test
    void whatIsNotAReportOrTooLargeIsRefusedBeforeAnyJob() {
        Http.Response binary = http().send("POST", "/api/v1/builds", Http.multipart().contentType(), new byte[0]);
        assertThat(binary.status()).isBetween(400, 499);
        // The refusal says the connection ends, so the next request does not go out on a closed one.
        assertThat(binary.headers().firstValue("Connection")).hasValue("close");
        Http.Multipart notText = Http.multipart().file("image.md", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Http.Response refused = http().send("POST", "/api/v1/builds", notText.contentType(), notText.bytes());
        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.json().get("type").asText()).endsWith("/not-a-report");
        Http.Multipart large = Http.multipart().file("large.md", "# big\n".repeat((int) (CAP / 5)).getBytes());
        Http.Response tooLarge = http().send("POST", "/api/v1/builds", large.contentType(), large.bytes());
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        Http.Response plain = http().send("POST", "/api/v1/builds", "text/plain", "x".getBytes());
        assertThat(plain.status()).isEqualTo(415);
    }

    @Test
    void cancelStopsAQueuedJobAtOnceAndARunningOneAfterItsDocument() throws Exception {
        // A long build keeps the worker busy; the store answers queries all the while.
        JsonNode running = upload(Http.multipart().file("moe-once.pdf", corpusPdf("DeepSeekMoE.pdf"))
                .file("never-built.md", demo("lumen-1.md")));
        Events runningEvents = new Events(running.get("id").asText());
        JsonNode queued = upload(Http.multipart().file("queued-only.md", demo("lumen-2.md")));

        Http.Response cancelQueued = http().delete("/api/v1/builds/" + queued.get("id").asText());
        assertThat(cancelQueued.status()).isEqualTo(202);
        assertThat(cancelQueued.json().get("state").asText()).isEqualTo("cancelled");
        assertThat(types(new Events(queued.get("id").asText()).untilEnd()))
                .containsExactly("queued", "cancelling", "cancelled");

        assertThat(runningEvents.next()[1]).isEqualTo("queued");
        assertThat(runningEvents.next()[1]).isEqualTo("started");
        assertThat(runningEvents.next()[1]).isEqualTo("reading");
        Http.Response during = http().post("/api/v1/query", "{\"query\": \"facts about \\\"DeepSeek-V2\\\"\"}");
        assertThat(during.status()).isEqualTo(200);
        assertThat(http().delete("/api/v1/builds/" + running.get("id").asText()).status()).isEqualTo(202);
        List<String[]> rest = runningEvents.untilEnd();
        assertThat(types(rest)).containsExactly("cancelling", "built", "cancelled");

        JsonNode view = http().get("/api/v1/builds/" + running.get("id").asText()).json();
        assertThat(view.get("state").asText()).isEqualTo("cancelled");
        assertThat(view.get("files").findValuesAsText("status")).containsExactly("built", "skipped");
        assertThat(http().get("/api/v1/documents/moe-once").status()).isEqualTo(200);
        assertThat(http().get("/api/v1/documents/never-built").status()).isEqualTo(404);
        assertThat(http().get("/api/v1/documents/queued-only").status()).isEqualTo(404);
    }

    static {
        // The corpus must be there: a missing one fails loudly rather than skipping the cancel test.
        try {
            Files.size(GoldCorpus.goldDir().getParent().resolve("DeepSeekMoE.pdf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
