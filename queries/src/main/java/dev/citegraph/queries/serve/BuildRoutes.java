package dev.citegraph.queries.serve;

import dev.citegraph.extractor.ingest.ReportFormat;
import dev.citegraph.extractor.ingest.SourceFile;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Building through the server: a report uploaded (multipart, capped, recognised by its content) or named by a path
 * under an allowed root becomes a job; its progress streams as Server-Sent Events; a job can be cancelled. Off unless
 * the server was started with builds allowed: then every route here answers 403.
 */
final class BuildRoutes {
    private static final String BASE = ApiRoutes.BASE + "/builds";
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final Optional<BuildJobs> jobs;
    private final ServeSettings settings;

    BuildRoutes(Optional<BuildJobs> jobs, ServeSettings settings) {
        this.jobs = jobs;
        this.settings = settings;
    }

    record PathsRequest(List<String> paths) {
    }

    void register(RoutesConfig routes) {
        routes.get(BASE, ctx -> ApiRoutes.json(ctx, jobs().jobs().stream().map(BuildJob::view).toList()));
        routes.post(BASE, this::submit);
        routes.get(BASE + "/{id}", ctx -> ApiRoutes.json(ctx, job(ctx).view()));
        routes.delete(BASE + "/{id}", this::cancel);
        routes.get(BASE + "/{id}/events", this::events);
    }

    private BuildJobs jobs() {
        return jobs.orElseThrow(() -> Problem.forbidden("builds are off on this server: start kg serve with "
                + "--allow-builds to build reports through it"));
    }

    private BuildJob job(Context ctx) {
        String id = ctx.pathParam("id");
        return jobs().job(id).orElseThrow(() -> Problem.notFound("no build job " + id + "; GET " + BASE
                + " lists them"));
    }

    private void submit(Context ctx) throws IOException {
        BuildJobs builds = jobs();
        String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(java.util.Locale.ROOT);
        BuildJob job;
        if (type.startsWith("multipart/form-data")) {
            job = upload(ctx, builds);
        } else if (type.startsWith("application/json")) {
            job = byPath(ctx, builds);
        } else {
            throw new Problem.Failure(Problem.of(415, "unsupported-media-type", "Send files or paths",
                    "upload reports as multipart/form-data (parts named 'file'), or send JSON {\"paths\": [...]}"));
        }
        ctx.status(202).header("Location", BASE + "/" + job.id());
        ApiRoutes.json(ctx, job.view());
    }

    /**
     * A refused upload may leave its body partly read, after which Jetty closes the connection; without saying so, a
     * client that keeps connections alive sends its next request on the closed one and gets no answer at all.
     */
    private BuildJob upload(Context ctx, BuildJobs builds) throws IOException {
        try {
            return received(ctx, builds);
        } catch (Problem.Failure refused) {
            ctx.header("Connection", "close");
            throw refused;
        }
    }

    private BuildJob received(Context ctx, BuildJobs builds) throws IOException {
        long length = ctx.contentLength();
        if (length > settings.maxUploadBytes() + MULTIPART_OVERHEAD) {
            discardBody(ctx, length);
            throw tooLarge();
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles();
        } catch (Exception e) { // the servlet API's checked exceptions too: Kotlin does not declare them
            if (mentionsSize(e)) throw tooLarge();
            throw Problem.badRequest("the multipart body could not be read: " + e.getMessage());
        }
        if (files.isEmpty()) throw Problem.badRequest("no file in the upload: send parts named 'file' with a filename");
        String id = BuildJobs.newId();
        Path folder = settings.uploads().resolve(id).toAbsolutePath().normalize();
        Files.createDirectories(folder);
        List<Path> paths = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            for (UploadedFile file : files) {
                Path target = unique(folder, safeName(file.filename()));
                if (!folder.equals(target.getParent())) throw Problem.badRequest("bad file name " + file.filename());
                try (InputStream in = file.content()) {
                    Files.copy(in, target);
                }
                if (!recognised(target)) {
                    throw new Problem.Failure(Problem.of(415, "not-a-report", "Not a report citegraph reads",
                            file.filename() + " is neither a PDF nor UTF-8 text (Markdown, HTML, plain text)"));
                }
                paths.add(target);
                names.add(target.getFileName().toString());
            }
        } catch (RuntimeException | IOException e) {
            deleteTree(folder);
            throw e;
        }
        return builds.submit(id, paths, names);
    }

    private BuildJob byPath(Context ctx, BuildJobs builds) {
        PathsRequest request = Json.read(ctx.bodyAsBytes(), PathsRequest.class);
        if (request.paths() == null || request.paths().isEmpty()) {
            throw Problem.badRequest("give 'paths': files under a build root of this server");
        }
        if (settings.buildRoots().isEmpty()) {
            throw Problem.forbidden("this server builds uploads only: start kg serve with --build-root DIR to "
                    + "build files by path");
        }
        List<Path> paths = new ArrayList<>();
        for (String text : request.paths()) paths.add(underRoot(text));
        return builds.submit(BuildJobs.newId(), paths, request.paths());
    }

    /** The real file {@code text} names under one of the build roots; anything else is refused. */
    private Path underRoot(String text) {
        if (text == null || text.isBlank() || text.indexOf('\0') >= 0) throw Problem.badRequest("a path is blank");
        for (Path root : settings.buildRoots()) {
            try {
                Path realRoot = root.toRealPath();
                Path candidate = Path.of(text);
                Path real = (candidate.isAbsolute() ? candidate : realRoot.resolve(candidate)).toRealPath();
                if (real.startsWith(realRoot) && Files.isRegularFile(real)) return real;
            } catch (IOException | java.nio.file.InvalidPathException e) {
                // not under this root; try the next
            }
        }
        throw Problem.forbidden("'" + text + "' is not a file under a build root of this server ("
                + String.join(", ", settings.buildRoots().stream().map(Path::toString).toList()) + ")");
    }

    private void cancel(Context ctx) {
        BuildJob job = job(ctx);
        jobs().cancel(job.id());
        ctx.status(202);
        ApiRoutes.json(ctx, job.view());
    }

    /** Every event of the job so far (after Last-Event-ID when given), then each new one until it ends. */
    private void events(Context ctx) throws Exception {
        BuildJob job = job(ctx);
        String accept = Optional.ofNullable(ctx.header("Accept")).orElse("");
        if (!accept.contains("text/event-stream")) {
            throw new Problem.Failure(Problem.of(406, "not-acceptable", "Events come as a stream",
                    "ask with 'Accept: text/event-stream' (an EventSource does)"));
        }
        long after = lastEventId(ctx.header("Last-Event-ID"));
        new SseHandler(0L, client -> stream(client, job, after)).handle(ctx);
    }

    private static void stream(SseClient client, BuildJob job, long after) {
        client.keepAlive();
        Consumer<BuildJob.Event> listener = event -> {
            client.sendEvent(event.type(), Json.text(event.data()), Long.toString(event.id()));
            if (event.type().equals("done") || event.type().equals("cancelled")) client.close();
        };
        client.onClose(() -> job.unsubscribe(listener));
        if (!job.subscribe(after, listener)) client.close();
    }

    private static long lastEventId(String header) {
        if (header == null || header.isBlank()) return 0;
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            throw Problem.badRequest("Last-Event-ID must be an event number, was '" + header + "'");
        }
    }

    /** The base name only, letters, digits, dot, dash and underscore; never a dot file, never a path. */
    static String safeName(String submitted) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[.]+", "");
        if (name.isBlank()) name = "upload";
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }

    private static Path unique(Path folder, String name) {
        Path target = folder.resolve(name).normalize();
        for (int i = 2; Files.exists(target); i++) target = folder.resolve(i + "-" + name).normalize();
        return target;
    }

    /** A PDF by its header, or text that is UTF-8 without NUL bytes in its first part. */
    static boolean recognised(Path file) {
        SourceFile source = SourceFile.open(file);
        byte[] head = source.head();
        if (ReportFormat.sniff(source) == ReportFormat.PDF) return true;
        if (head.length == 0) return false;
        for (byte b : head) if (b == 0) return false;
        // The head may end inside a character: leave its last three bytes out of the check.
        int checked = head.length < 64 ? head.length : head.length - 3;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, checked));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean mentionsSize(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("size") || message.contains("exceeds") || message.contains("too large")) return true;
        }
        return false;
    }

    /**
     * Reads a refused body that is not much larger than the cap before answering: closing a connection with unread
     * bytes in it resets it, and the client, still writing, loses the 413 it should read. A far larger body is left
     * unread (the connection closes), rather than read in full.
     */
    private void discardBody(Context ctx, long length) throws IOException {
        if (length > 4 * settings.maxUploadBytes()) return;
        ctx.req().getInputStream().transferTo(OutputStream.nullOutputStream());
    }

    private Problem.Failure tooLarge() {
        return new Problem.Failure(Problem.of(413, "too-large", "The upload is too large",
                "uploads are capped at " + settings.maxUploadBytes() / (1024 * 1024) + " MB per request on this server"
                        + " (kg serve --max-upload-mb N)"));
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) return;
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
