package dev.citegraph.queries.serve;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One build: files read, extracted and stored one after the other, each document in one transaction. Its progress is
 * a numbered list of events, kept whole, so a client that connects late (or again) sees all of them in order.
 */
public final class BuildJob {
    public enum State { QUEUED, RUNNING, DONE, CANCELLED }

    /** What became of one file so far: pending, building, built, failed or skipped (cancelled before its turn). */
    public record FileStatus(String name, String status, String document, Integer sections, Long verified,
                             Long rejected, String message) {
    }

    /** One step of progress; {@code data} is what the event says, as JSON fields. */
    public record Event(long id, String type, Map<String, Object> data) {
    }

    /** What a client reads about a job: its state, every file's status, and whether cancel was asked. */
    public record View(String id, String state, boolean cancelRequested, List<FileStatus> files, String created,
                       String finished) {
    }

    private final String id;
    private final List<Path> files;
    private final List<FileStatus> statuses = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Consumer<Event>> listeners = new ArrayList<>();
    private final Instant created = Instant.now();
    private State state = State.QUEUED;
    private boolean cancelRequested;
    private Instant finished;

    BuildJob(String id, List<Path> files, List<String> names) {
        this.id = Objects.requireNonNull(id, "id");
        this.files = List.copyOf(files);
        for (String name : names) statuses.add(new FileStatus(name, "pending", null, null, null, null, null));
        emit("queued", Map.of("files", names));
    }

    public String id() {
        return id;
    }

    List<Path> files() {
        return files;
    }

    public synchronized State state() {
        return state;
    }

    public synchronized boolean cancelRequested() {
        return cancelRequested;
    }

    public synchronized boolean finished() {
        return state == State.DONE || state == State.CANCELLED;
    }

    public synchronized View view() {
        return new View(id, AnswerJson.lower(state.name()), cancelRequested, List.copyOf(statuses), created.toString(),
                finished == null ? null : finished.toString());
    }

    /**
     * Sends every event after {@code afterId} to {@code listener}, then each new one as it happens, until the job
     * finishes. Returns false when the job had already finished: the replay was all there is.
     */
    public synchronized boolean subscribe(long afterId, Consumer<Event> listener) {
        for (Event event : events) if (event.id() > afterId) listener.accept(event);
        if (finished()) return false;
        listeners.add(listener);
        return true;
    }

    public synchronized void unsubscribe(Consumer<Event> listener) {
        listeners.remove(listener);
    }

    /** Asks the job to stop: a queued job stops at once, a running one after the file it is on (stored whole). */
    synchronized boolean requestCancel() {
        if (finished()) return false;
        cancelRequested = true;
        emit("cancelling", Map.of());
        if (state == State.QUEUED) finish();
        return true;
    }

    /** Marks the job running; false when it was cancelled while queued and must not run. */
    synchronized boolean start() {
        if (finished()) return false;
        state = State.RUNNING;
        emit("started", Map.of("files", files.size()));
        return true;
    }

    synchronized void fileStarted(int index) {
        FileStatus s = statuses.get(index);
        statuses.set(index, new FileStatus(s.name(), "building", null, null, null, null, null));
        emit("reading", Map.of("file", s.name(), "index", index + 1, "total", files.size()));
    }

    synchronized void fileBuilt(int index, String document, int sections, long verified, long rejected,
                                List<String> failedSections) {
        FileStatus s = statuses.get(index);
        String message = failedSections.isEmpty() ? null : failedSections.size() + " sections failed to extract";
        statuses.set(index, new FileStatus(s.name(), "built", document, sections, verified, rejected, message));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("file", s.name());
        data.put("index", index + 1);
        data.put("total", files.size());
        data.put("document", document);
        data.put("sections", sections);
        data.put("verified", verified);
        data.put("rejected", rejected);
        data.put("failedSections", failedSections);
        emit("built", data);
    }

    synchronized void fileFailed(int index, String message) {
        FileStatus s = statuses.get(index);
        statuses.set(index, new FileStatus(s.name(), "failed", null, null, null, null, message));
        emit("failed", Map.of("file", s.name(), "index", index + 1, "total", files.size(), "message", message));
    }

    /** The last event: done (every file tried) or cancelled (the files not reached are skipped). */
    synchronized void finish() {
        state = cancelRequested ? State.CANCELLED : State.DONE;
        finished = Instant.now();
        for (int i = 0; i < statuses.size(); i++) {
            FileStatus s = statuses.get(i);
            if (s.status().equals("pending")) statuses.set(i, new FileStatus(s.name(), "skipped", null, null, null, null,
                    "cancelled before its turn"));
        }
        long built = statuses.stream().filter(s -> s.status().equals("built")).count();
        long failed = statuses.stream().filter(s -> s.status().equals("failed")).count();
        emit(state == State.DONE ? "done" : "cancelled", Map.of("built", built, "failed", failed,
                "skipped", statuses.size() - built - failed));
        listeners.clear();
    }

    private void emit(String type, Map<String, Object> fields) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("job", id);
        data.putAll(fields);
        Event event = new Event(events.size() + 1L, type, data);
        events.add(event);
        for (Consumer<Event> listener : List.copyOf(listeners)) listener.accept(event);
    }
}
