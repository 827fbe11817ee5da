package dev.citegraph.queries.serve;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.store.StoreException;
import dev.citegraph.queries.query.saved.QueryLibrary;
import dev.citegraph.queries.query.saved.SavedQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The web console's data requests, sent once over real HTTP to the server they belong to before it reports ready, the
 * answers thrown away. The first request of each kind is several times slower than the next (BENCHMARKS.md, web
 * console): the store plans each query shape once, the JIT compiles the answer path, the server takes its snapshot of
 * the facts, Jackson builds its serializers, the source PDFs are hashed. Sending the console's own requests pays all of
 * that at start, through the same route, service, store and JSON code a visitor's request takes, so nothing is warmed
 * that a visitor does not use and nothing a visitor uses is left cold.
 *
 * <p>A build through the server runs it again, on the build thread once the job is done: a build changes the store's
 * statistics, and the store plans its queries afresh once they have changed enough, so the first visitor after a
 * build would otherwise pay again. Requests are answered as usual meanwhile.
 *
 * <p>The requests are built from what the store holds (its best-documented entities, one of their cited facts, their
 * shared attributes), so every one runs its path to the end on any graph. They only read: {@code ask} goes without
 * the model and without the Q&A log, no build is started. Two are meant to fail (a syntax error, an unknown name):
 * the console shows those, and their error paths are cold too.
 */
final class WarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    /** How long one warm-up may take at most; at start, how long it may hold back the ready signal. */
    private static final Duration BUDGET = Duration.ofSeconds(30);

    /** One request of the console's; {@code expected} is the status it is meant to get. */
    record Request(String method, String path, String body, int expected) {
        Request {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
        }

        static Request get(String path) {
            return new Request("GET", path, null, 200);
        }

        static Request post(String path, Object body, int expected) {
            return new Request("POST", path, Json.text(body), expected);
        }
    }

    /** A request sent, with the status it got (0 when it got none) and how long it took. */
    record Sent(Request request, int status, long millis) {
    }

    /** What a warm-up did; {@code complete} is false when it stopped at its time budget or on an error. */
    record Report(List<Sent> sent, long millis, boolean complete) {
        static final Report NONE = new Report(List.of(), 0, false);
    }

    private final ServedGraph graph;
    private final QueryLibrary library;
    private final URI base;
    private final Optional<String> token;
    /**
     * One client for every warm-up of this server: Java 17's client cannot be closed, and its selector thread lives
     * until the client is collected, so a client per warm-up would leave a thread behind after every build.
     */
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Report> reports = new CopyOnWriteArrayList<>();

    WarmUp(ServedGraph graph, QueryLibrary library, URI base, Optional<String> token) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.library = Objects.requireNonNull(library, "library");
        this.base = Objects.requireNonNull(base, "base");
        this.token = Objects.requireNonNull(token, "token");
    }

    /** Sends the console's requests on the graph as it is now, logs what it did and keeps the report. */
    Report run() {
        List<Request> requests;
        try {
            requests = requests(graph, library);
        } catch (StoreException e) {
            LOG.warn("warm-up skipped: the store did not answer ({}); the first requests will be slower",
                    e.getMessage());
            return Report.NONE;
        }
        Report report = send(client, base, token, requests, BUDGET);
        reports.add(report);
        LOG.info(describe(report));
        return report;
    }

    /** Every warm-up's report, in order: the one at start first. */
    List<Report> reports() {
        return List.copyOf(reports);
    }

    /** The console's requests on this graph, page by page: search, entity, proof, query, compare, ask, documents. */
    static List<Request> requests(ServedGraph graph, QueryLibrary library) {
        List<Fact> verified = graph.facts().stream().filter(Fact::isVerified).toList();
        List<String> subjects = bestDocumentedSubjects(verified);
        List<Request> requests = new ArrayList<>();
        requests.add(Request.get("/stats"));
        requests.add(Request.get("/health"));
        requests.add(Request.get("/document-counts"));
        requests.add(Request.get("/review"));
        requests.add(Request.get("/saved-queries"));
        requests.add(Request.post("/query", Map.of("query", "match ?m order"), 400));
        if (subjects.isEmpty()) return requests;
        String a = subjects.get(0);
        String b = subjects.size() > 1 ? subjects.get(1) : a;
        requests.add(Request.get("/entities?limit=8&q=" + encode(a.substring(0, Math.min(3, a.length())))));
        requests.add(Request.get("/facts/search?limit=20&q=" + encode(a)));
        requests.add(Request.get("/entities/" + encode(a) + "/neighbourhood"));
        verified.stream().filter(f -> f.subject().name().equals(a) && !f.citations().isEmpty()).findFirst()
                .ifPresent(fact -> {
                    Citation citation = fact.citations().get(0);
                    String section = sectionPath(citation);
                    requests.add(Request.get(section));
                    requests.add(Request.get(section + "/facts"));
                    requests.add(Request.get("/facts/" + encode(fact.id())));
                    requests.add(Request.get("/review?document=" + encode(citation.documentId())));
                });
        // The proof view reads a document's sections once and keeps them: one cited section of every other document
        // (as many as it keeps), so the first proof a visitor opens in any report is read already.
        verified.stream().flatMap(f -> f.citations().stream())
                .collect(Collectors.toMap(Citation::documentId, c -> c, (first, other) -> first, LinkedHashMap::new))
                .values().stream().limit(ServedGraph.SECTIONS_KEPT)
                .forEach(c -> requests.add(Request.get(sectionPath(c))));
        List<String> attributes = sharedAttributes(verified, a, b);
        requests.add(Request.get("/attributes?name=" + encode(a) + "&name=" + encode(b)));
        Map<String, List<String>> comparison = Map.of("names", List.of(a, b), "on", attributes);
        requests.add(Request.post("/compare", comparison, 200));
        requests.add(Request.post("/compare?format=markdown", comparison, 200));
        requests.add(Request.post("/ask", Map.of("question", "What is the "
                + attributes.get(0).replace('_', ' ') + " of " + a + "?", "useModel", false, "log", false), 200));
        for (String query : exampleShapes(verified, a, b, attributes)) {
            requests.add(Request.post("/query", Map.of("query", query), 200));
        }
        requests.add(Request.post("/query?format=csv", Map.of("query", "facts about " + quoted(a)), 200));
        requests.add(Request.post("/query", Map.of("query", "facts about " + quoted(a + " 0 warm-up")), 400));
        for (SavedQuery saved : library.all().values()) {
            Map<String, String> parameters = new LinkedHashMap<>();
            saved.params().values().forEach(p -> parameters.put(p.name(), p.defaultValue().isEmpty() ? a
                    : p.defaultValue()));
            // As the console sends it: the text without its comment lines, the form's values as parameters.
            String text = saved.text().lines().filter(l -> !l.strip().startsWith("#")).collect(Collectors.joining("\n"));
            requests.add(Request.post("/query", Map.of("query", text.strip(), "parameters", parameters), 200));
        }
        return requests;
    }

    /**
     * The shapes of the query page's examples (facts about, an entity's value, values ordered, an entity object, a
     * comparison, a listing; the saved queries add a count by document) on this graph's names: the store plans a query once per shape, whatever its names.
     */
    private static List<String> exampleShapes(List<Fact> verified, String a, String b, List<String> attributes) {
        List<String> queries = new ArrayList<>();
        queries.add("facts about " + quoted(a));
        queries.add("match " + quoted(a) + " " + attributes.get(0) + " ?v");
        verified.stream().filter(f -> f.object() instanceof FactObject.QuantityObject).findFirst().ifPresent(f ->
                queries.add("match ?m " + f.predicate().name() + " ?p order by ?p desc"));
        verified.stream().filter(f -> f.object() instanceof FactObject.EntityObject).findFirst().ifPresent(f ->
                queries.add("match ?m " + f.predicate().name() + " " + quoted(f.object().display())));
        queries.add("compare " + quoted(a) + ", " + quoted(b) + " on " + String.join(", ", attributes));
        queries.add("show documents");
        return queries;
    }

    private static String sectionPath(Citation citation) {
        return "/documents/" + encode(citation.documentId()) + "/sections/"
                + encode(citation.sectionId().substring(citation.sectionId().indexOf('#') + 1));
    }

    /** Subjects of verified facts, most facts first: the entities a visitor is likeliest to open. */
    private static List<String> bestDocumentedSubjects(List<Fact> verified) {
        Map<String, Long> counts = verified.stream().collect(Collectors.groupingBy(f -> f.subject().name(),
                LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).limit(2).toList();
    }

    /**
     * The predicates both subjects have facts on, which the compare page offers checked (a comparison's query shape
     * depends on how many there are); the first subject's first when they share none.
     */
    private static List<String> sharedAttributes(List<Fact> verified, String a, String b) {
        Set<String> ofA = predicatesOf(verified, a);
        Set<String> shared = new LinkedHashSet<>(ofA);
        shared.retainAll(predicatesOf(verified, b));
        return shared.isEmpty() ? List.of(ofA.iterator().next()) : List.copyOf(shared);
    }

    private static Set<String> predicatesOf(List<Fact> verified, String subject) {
        return verified.stream().filter(f -> f.subject().name().equals(subject)).map(f -> f.predicate().name())
                .sorted(Comparator.naturalOrder()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String quoted(String name) {
        return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Sends the requests one after another to {@code base}'s API, with the server's token when it has one, and stops
     * once {@code budget} is spent: a graph so large that warming takes longer delays the ready signal by no more.
     */
    static Report send(HttpClient client, URI base, Optional<String> token, List<Request> requests, Duration budget) {
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        List<Sent> sent = new ArrayList<>();
        for (Request request : requests) {
            long now = System.nanoTime();
            if (now >= deadline) return new Report(sent, (now - started) / 1_000_000, false);
            HttpRequest.Builder http = HttpRequest.newBuilder(base.resolve(ApiRoutes.BASE + request.path()))
                    .timeout(Duration.ofNanos(deadline - now));
            token.ifPresent(t -> http.header("Authorization", "Bearer " + t));
            if (request.body() == null) {
                http.method(request.method(), HttpRequest.BodyPublishers.noBody());
            } else {
                http.header("Content-Type", "application/json")
                        .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body()));
            }
            int status;
            try {
                status = client.send(http.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                sent.add(new Sent(request, 0, (System.nanoTime() - now) / 1_000_000));
                return new Report(sent, (System.nanoTime() - started) / 1_000_000, false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Report(sent, (System.nanoTime() - started) / 1_000_000, false);
            }
            sent.add(new Sent(request, status, (System.nanoTime() - now) / 1_000_000));
        }
        return new Report(sent, (System.nanoTime() - started) / 1_000_000, true);
    }

    /** One line for the log: how many requests in how long, and any that did not get the status meant. */
    static String describe(Report report) {
        List<String> off = report.sent().stream().filter(s -> s.status() != s.request().expected())
                .map(s -> s.request().method() + " " + s.request().path() + " -> " + s.status()).toList();
        return String.format(Locale.ROOT, "warm-up: %d console requests in %d ms%s%s", report.sent().size(),
                report.millis(), report.complete() ? "" : " (stopped early)",
                off.isEmpty() ? "" : "; not as meant: " + String.join(", ", off));
    }
}
