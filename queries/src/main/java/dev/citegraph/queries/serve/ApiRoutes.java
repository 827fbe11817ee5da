package dev.citegraph.queries.serve;

import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.graph.jsonl.JsonlExchange;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.rdf.RdfExporter;
import dev.citegraph.graph.rdf.RdfFormat;
import dev.citegraph.graph.store.StoreContent;
import dev.citegraph.queries.answer.ask.AnswerFormat;
import dev.citegraph.queries.answer.compare.ComparisonFormat;
import dev.citegraph.queries.answer.compare.ComparisonService;
import dev.citegraph.queries.answer.log.QaLog;
import dev.citegraph.queries.answer.log.QaRecords;
import dev.citegraph.queries.answer.review.RejectedFacts;
import dev.citegraph.queries.query.Answer;
import dev.citegraph.queries.query.render.Format;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The read endpoints of the API, each a thin call into {@link ServedGraph} and a write through {@link AnswerJson}.
 * Builds are in {@link BuildRoutes}. Every path here is in {@code openapi.json}.
 */
final class ApiRoutes {
    static final String BASE = "/api/v1";
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 1000;

    private final ServedGraph graph;
    private final Optional<QaLog> qaLog;

    ApiRoutes(ServedGraph graph, Optional<QaLog> qaLog) {
        this.graph = graph;
        this.qaLog = qaLog;
    }

    record QueryRequest(String query, Map<String, String> parameters, Boolean includeRejected) {
    }

    record CompareRequest(List<String> names, List<String> on) {
    }

    record AskRequest(String question, Boolean useModel, Boolean log) {
    }

    record Health(String status, String version, boolean builds, boolean model) {
    }

    void register(RoutesConfig routes, boolean builds) {
        routes.get(BASE + "/openapi.json", ctx -> ctx.contentType("application/json").result(OpenApi.document()));
        routes.get(BASE + "/health", ctx -> json(ctx, new Health("ok", "0.1.0", builds, graph.hasModel())));
        routes.post(BASE + "/query", this::query);
        routes.post(BASE + "/explain", this::explain);
        routes.post(BASE + "/compare", this::compare);
        routes.post(BASE + "/ask", this::ask);
        routes.get(BASE + "/facts/search", this::searchFacts);
        routes.get(BASE + "/facts/{id}", this::fact);
        routes.get(BASE + "/entities", this::entities);
        routes.get(BASE + "/entities/{entity}/neighbourhood", this::neighbourhood);
        routes.get(BASE + "/documents", ctx -> json(ctx, graph.store().documents().stream()
                .map(AnswerJson::document).toList()));
        routes.get(BASE + "/documents/{id}", ctx -> json(ctx, AnswerJson.document(document(ctx))));
        routes.get(BASE + "/documents/{id}/sections", ctx -> json(ctx, graph.store().sections(document(ctx).id())
                .stream().map(AnswerJson::sectionEntry).toList()));
        routes.get(BASE + "/documents/{id}/sections/{key}", this::section);
        routes.get(BASE + "/stats", ctx -> json(ctx, AnswerJson.stats(graph.store().stats())));
        routes.get(BASE + "/review", this::review);
        routes.get(BASE + "/export", this::export);
    }

    private void query(Context ctx) {
        QueryRequest request = Json.read(ctx.bodyAsBytes(), QueryRequest.class);
        String text = required(request.query(), "query");
        StatusFilter status = Boolean.TRUE.equals(request.includeRejected()) ? StatusFilter.ALL
                : StatusFilter.VERIFIED_ONLY;
        Answer answer = graph.query(text, lowerCased(request.parameters()), status);
        Optional<String> format = ctx.queryParamMap().containsKey("format")
                ? Optional.of(ctx.queryParam("format")) : Optional.empty();
        if (format.isPresent()) {
            text(ctx, queryFormat(format.get()).render(answer));
        } else {
            json(ctx, AnswerJson.answer(answer));
        }
    }

    private void explain(Context ctx) {
        QueryRequest request = Json.read(ctx.bodyAsBytes(), QueryRequest.class);
        json(ctx, AnswerJson.answer(graph.explain(required(request.query(), "query"),
                lowerCased(request.parameters()))));
    }

    private void compare(Context ctx) {
        CompareRequest request = Json.read(ctx.bodyAsBytes(), CompareRequest.class);
        List<String> names = request.names() == null ? List.of() : request.names();
        if (names.isEmpty() || names.stream().anyMatch(n -> n == null || n.isBlank())) {
            throw Problem.badRequest("give 'names': the entities to compare, at least one, none blank");
        }
        ComparisonService.Outcome outcome = graph.compare(names, request.on() == null ? List.of() : request.on());
        if (!(outcome instanceof ComparisonService.Outcome.Compared compared)) {
            throw Problem.unprocessable("no-comparison", "Nothing to compare", CompareProblems.message(outcome, names));
        }
        String format = ctx.queryParam("format");
        if (format != null) {
            text(ctx, comparisonFormat(format).render(compared.comparison()));
        } else {
            json(ctx, AnswerJson.comparison(compared.comparison()));
        }
    }

    private void ask(Context ctx) {
        AskRequest request = Json.read(ctx.bodyAsBytes(), AskRequest.class);
        String question = required(request.question(), "question");
        boolean useModel = request.useModel() == null ? graph.hasModel() : request.useModel();
        if (useModel && !graph.hasModel()) {
            throw Problem.unprocessable("no-model", "This server has no language model",
                    "this server answers without a language model: start kg serve with --llm PROVIDER:MODEL, "
                            + "or ask without one");
        }
        dev.citegraph.queries.answer.ask.Answer answer = graph.ask(question, useModel);
        if (!Boolean.FALSE.equals(request.log())) qaLog.ifPresent(log -> log.append(QaRecords.of(answer)));
        String format = ctx.queryParam("format");
        if (format != null) {
            text(ctx, askFormat(format).render(answer));
        } else {
            json(ctx, AnswerJson.ask(answer));
        }
    }

    private void searchFacts(Context ctx) {
        String question = requiredParam(ctx, "q");
        json(ctx, AnswerJson.search(question, graph.search(question, limit(ctx, DEFAULT_LIMIT))));
    }

    private void fact(Context ctx) {
        String id = ctx.pathParam("id");
        Fact fact = graph.fact(id).orElseThrow(() -> Problem.notFound("no fact " + id + " in the graph"));
        json(ctx, AnswerJson.fact(fact));
    }

    private void entities(Context ctx) {
        String text = requiredParam(ctx, "q");
        json(ctx, new AnswerJson.EntitiesJson(text, graph.entities(text, limit(ctx, DEFAULT_LIMIT))));
    }

    private void neighbourhood(Context ctx) {
        String name = ctx.pathParam("entity");
        json(ctx, graph.neighbourhood(name, limit(ctx, 200)).orElseThrow(() -> Problem.notFound(
                "no verified fact is about '" + name + "'; find names with GET " + BASE + "/entities?q=...")));
    }

    private Document document(Context ctx) {
        return document(graph, ctx);
    }

    /** The document the path's {@code {id}} names, or 404. */
    static Document document(ServedGraph graph, Context ctx) {
        String id = ctx.pathParam("id");
        return graph.store().document(id).orElseThrow(() -> Problem.notFound("no document '" + id
                + "' in the graph; GET " + BASE + "/documents lists them"));
    }

    /** The section of {@code document} the path's {@code {key}} names, or 404. */
    static Section section(ServedGraph graph, Document document, Context ctx) {
        String key = ctx.pathParam("key");
        return graph.sections(document.id()).stream()
                .filter(s -> AnswerJson.key(s).equals(key)).findFirst()
                .orElseThrow(() -> Problem.notFound("no section '" + key + "' in " + document.id() + "; GET "
                        + BASE + "/documents/" + document.id() + "/sections lists them"));
    }

    private void section(Context ctx) {
        json(ctx, AnswerJson.section(section(graph, document(ctx), ctx)));
    }

    private void review(Context ctx) {
        int limit = limit(ctx, 50);
        List<Fact> rejected = graph.rejected(ctx.queryParam("document"), ctx.queryParam("reason"));
        String format = ctx.queryParam("format");
        if (format != null) {
            if (!format.equals("text")) throw Problem.badRequest("format must be text (or absent for JSON)");
            text(ctx, RejectedFacts.render(rejected, limit));
            return;
        }
        json(ctx, new AnswerJson.ReviewJson(rejected.size(), RejectedFacts.byReason(rejected),
                AnswerJson.facts(rejected.stream().limit(limit).toList())));
    }

    private void export(Context ctx) throws IOException {
        String format = Optional.ofNullable(ctx.queryParam("format")).orElse("jsonl").toLowerCase(Locale.ROOT);
        StoreContent content = StoreContent.of(graph.store());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String type = switch (format) {
            case "jsonl" -> {
                OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                JsonlExchange.export(content, writer);
                writer.flush();
                yield "application/x-ndjson";
            }
            case "ttl" -> rdf(content, RdfFormat.TURTLE, out, "text/turtle");
            case "trig" -> rdf(content, RdfFormat.TRIG, out, "application/trig");
            case "jsonld" -> rdf(content, RdfFormat.JSONLD, out, "application/ld+json");
            default -> throw Problem.badRequest("unknown export format '" + format + "': use jsonl, ttl, trig or jsonld");
        };
        ctx.header("Citegraph-Documents", Integer.toString(content.batches().size()));
        ctx.header("Citegraph-Facts", Long.toString(content.facts()));
        ctx.contentType(type + "; charset=utf-8").result(out.toByteArray());
    }

    private static String rdf(StoreContent content, RdfFormat format, ByteArrayOutputStream out, String type) {
        RdfExporter.export(content, format, out);
        return type;
    }

    // ---- helpers shared with BuildRoutes ----

    static void json(Context ctx, Object value) {
        ctx.contentType("application/json").result(Json.bytes(value));
    }

    static void text(Context ctx, String text) {
        ctx.contentType("text/plain; charset=utf-8").result(text.getBytes(StandardCharsets.UTF_8));
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) throw Problem.badRequest("give '" + field + "' in the JSON body");
        return value;
    }

    private static String requiredParam(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) throw Problem.badRequest("give the query parameter '" + name + "'");
        return value;
    }

    static int limit(Context ctx, int fallback) {
        String text = ctx.queryParam("limit");
        if (text == null) return fallback;
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit < 0 || limit > MAX_LIMIT) throw new NumberFormatException();
            return limit;
        } catch (NumberFormatException e) {
            throw Problem.badRequest("limit must be a whole number from 0 to " + MAX_LIMIT + ", was '" + text + "'");
        }
    }

    private static Map<String, String> lowerCased(Map<String, String> parameters) {
        Map<String, String> lower = new LinkedHashMap<>();
        if (parameters == null) return lower;
        parameters.forEach((k, v) -> {
            if (k == null || v == null) throw Problem.badRequest("parameters must map names to text values");
            lower.put(k.toLowerCase(Locale.ROOT), v);
        });
        return lower;
    }

    private static Format queryFormat(String text) {
        try {
            return Format.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("unknown format '" + text + "': use table, json, csv or markdown");
        }
    }

    private static ComparisonFormat comparisonFormat(String text) {
        try {
            return ComparisonFormat.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("unknown format '" + text + "': use table, markdown, csv or json");
        }
    }

    private static AnswerFormat askFormat(String text) {
        try {
            return AnswerFormat.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("unknown format '" + text + "': use text or json");
        }
    }

    static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
