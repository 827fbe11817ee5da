package dev.citegraph.queries.serve;

import dev.citegraph.graph.model.Document;
import dev.citegraph.queries.query.saved.QueryLibrary;
import dev.citegraph.queries.query.saved.SavedQuery;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The endpoints the web console reads beside the answers: documents with their counts, a section's facts, a
 * document's source PDF, the saved queries with their parameters, and the attributes a comparison can be made on.
 * Every path here is in {@code openapi.json}.
 */
final class BrowseRoutes {
    private final ServedGraph graph;
    private final SourcePdfs sources = new SourcePdfs();
    private final GraphOverview overview;
    private final QueryLibrary library;

    BrowseRoutes(ServedGraph graph, QueryLibrary library) {
        this.graph = graph;
        this.overview = new GraphOverview(graph, sources);
        this.library = library;
    }

    /** A saved query as a form: its parameters with their descriptions and defaults. */
    record SavedQueryJson(String name, String description, List<ParameterJson> parameters, String text) {
    }

    record ParameterJson(String name, String description, String defaultValue) {
    }

    void register(RoutesConfig routes) {
        String base = ApiRoutes.BASE;
        routes.get(base + "/document-counts", ctx -> ApiRoutes.json(ctx, overview.documents()));
        routes.get(base + "/documents/{id}/sections/{key}/facts", ctx -> {
            Document document = ApiRoutes.document(graph, ctx);
            ApiRoutes.json(ctx, overview.sectionFacts(document, ApiRoutes.section(graph, document, ctx)));
        });
        routes.get(base + "/documents/{id}/source", this::source);
        routes.get(base + "/saved-queries", ctx -> ApiRoutes.json(ctx, library.all().values().stream()
                .map(BrowseRoutes::savedQuery).toList()));
        routes.get(base + "/attributes", ctx -> ApiRoutes.json(ctx, overview.attributes(ctx.queryParams("name")
                .stream().filter(n -> !n.isBlank()).toList())));
    }

    private void source(Context ctx) throws IOException {
        Document document = ApiRoutes.document(graph, ctx);
        Path file = sources.readable(document).orElseThrow(() -> Problem.notFound("the source of " + document.id()
                + " is not readable by this server (moved, changed since the build, or not a PDF); "
                + "rebuild the report here to show its pages"));
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", "inline; filename=\"" + document.id() + ".pdf\"");
        try (InputStream in = Files.newInputStream(file)) {
            ctx.result(in.readAllBytes());
        }
    }

    private static SavedQueryJson savedQuery(SavedQuery query) {
        // The parameters in the order the file declares them (the parsed map keeps none).
        String text = query.text().toLowerCase(java.util.Locale.ROOT);
        return new SavedQueryJson(query.name(), query.description(), query.params().values().stream()
                .sorted(java.util.Comparator.comparingInt(p -> text.indexOf("param " + p.name().toLowerCase(java.util.Locale.ROOT))))
                .map(p -> new ParameterJson(p.name(), p.description(), p.defaultValue())).toList(), query.text());
    }
}
