package dev.citegraph.queries.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server sends the web console's data requests once before {@code start()} returns (so before kg serve prints its
 * ready line): every request the console's pages make, through the token check, each getting the status it is meant
 * to get, which only a request that ran its data path to the end gets; and again after a build through the server.
 */
class WarmUpTest {
    private static final String TOKEN = "warm-up-test-token-0123";

    @RegisterExtension
    static final ServedGoldenGraph served = ServedGoldenGraph.corpus(settings -> settings.withToken(TOKEN)
            .withBuilds(List.of(), 5L * 1024 * 1024));

    /** A call such as {@code get('/entities/' + enc(name) + '/neighbourhood')}: the path's literal parts. */
    private static final Pattern CALL = Pattern.compile("\\b(?:get|post|request)\\((?='/)");
    private static final Pattern LITERAL = Pattern.compile("'([^']*)'");

    @Test
    void everyDataRequestOfTheConsoleWasSentAndAnsweredAsMeantBeforeTheServerStarted() throws Exception {
        WarmUp.Report report = served.server().warmUp().orElseThrow().reports().get(0);
        assertAnsweredAsMeant(report);

        List<String> paths = report.sent().stream().map(s -> s.request().path()).toList();
        List<Pattern> calls = consoleCalls();
        assertThat(calls).hasSizeGreaterThan(10);
        for (Pattern call : calls) {
            if (call.pattern().equals(Pattern.quote("/builds"))) continue; // a build writes; the warm-up only reads
            assertThat(paths).as("the console calls %s", call).anyMatch(p -> call.matcher(p).matches());
        }
    }

    @Test
    void aBuildThroughTheServerIsFollowedByAnotherWarmUpOnTheGraphItChanged() throws Exception {
        int before = served.server().warmUp().orElseThrow().reports().size();
        Path report = Path.of(WarmUpTest.class.getResource("/dev/citegraph/demo/lumen-2.md").toURI());
        Http.Multipart files = Http.multipart().file("lumen-2.md", Files.readAllBytes(report));
        Http http = served.http().withToken(TOKEN);
        String job = http.send("POST", "/api/v1/builds", files.contentType(), files.bytes()).json().get("id").asText();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
        while (served.server().warmUp().orElseThrow().reports().size() == before && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(http.get("/api/v1/builds/" + job).json().get("state").asText()).isEqualTo("done");
        List<WarmUp.Report> reports = served.server().warmUp().orElseThrow().reports();
        assertThat(reports).hasSize(before + 1);
        assertAnsweredAsMeant(reports.get(reports.size() - 1));
    }

    @Test
    void aServerToldNotToWarmUpIsReadyWithoutSendingTheConsolesRequests() throws Exception {
        ServeSettings settings = ServeSettings.loopback(0, served.directory().resolve("cold-uploads"));
        try (ApiServer cold = ApiServer.builder(served.graph(), settings).withoutWarmUp().start()) {
            assertThat(cold.warmUp()).isEmpty();
            assertThat(Http.to(cold.url()).get("/api/v1/health").status()).isEqualTo(200);
        }
    }

    private static void assertAnsweredAsMeant(WarmUp.Report report) {
        assertThat(report.complete()).as(WarmUp.describe(report)).isTrue();
        assertThat(report.sent()).allSatisfy(sent -> assertThat(sent.status())
                .as("%s %s", sent.request().method(), sent.request().path()).isEqualTo(sent.request().expected()));
        assertThat(report.sent()).filteredOn(s -> s.status() == 200).hasSizeGreaterThan(20);
    }

    /** The API paths the console's scripts request, each as a pattern of its literal parts and what goes between. */
    private static List<Pattern> consoleCalls() throws IOException, URISyntaxException {
        Path scripts = Path.of(WarmUpTest.class.getResource("/dev/citegraph/console/js").toURI());
        List<Pattern> calls = new ArrayList<>();
        try (Stream<Path> files = Files.list(scripts)) {
            for (Path file : files.toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher call = CALL.matcher(source);
                while (call.find()) calls.add(pathPattern(argument(source, call.end())));
            }
        }
        return calls;
    }

    /** The first argument of a call whose text starts at {@code from}: up to a comma or the call's end. */
    private static String argument(String source, int from) {
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\'') i = source.indexOf('\'', i + 1);
            else if (c == '(') depth++;
            else if ((c == ')' && depth-- == 0) || (c == ',' && depth == 0)) return source.substring(from, i);
        }
        throw new IllegalStateException("unclosed call at " + from);
    }

    private static Pattern pathPattern(String argument) {
        List<String> parts = new ArrayList<>();
        Matcher literal = LITERAL.matcher(argument);
        while (literal.find()) parts.add(Pattern.quote(literal.group(1)));
        String after = argument.strip().endsWith("'") ? "" : ".+";
        return Pattern.compile(String.join(".*", parts) + after);
    }
}
