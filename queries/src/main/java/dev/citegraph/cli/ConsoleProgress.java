package dev.citegraph.cli;

import dev.citegraph.extractor.llm.ExtractionProgress;
import dev.citegraph.extractor.llm.SectionChunk;

import java.io.PrintWriter;

/**
 * Extraction progress for people: on a terminal one bar redrawn in place, when piped one plain line per section part
 * (log files and CI output stay readable). Called from worker threads, hence synchronized.
 */
final class ConsoleProgress implements ExtractionProgress {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private int cached;
    private int failed;

    ConsoleProgress(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void started(String documentId, int parts) {
        cached = 0;
        failed = 0;
        if (!terminal) out.println(documentId + ": extracting " + parts + " section parts");
        else bar(documentId, 0, parts);
        out.flush();
    }

    @Override
    public synchronized void partDone(String documentId, SectionChunk chunk, Status status, int done, int total) {
        if (status == Status.CACHED) cached++;
        if (status == Status.FAILED) failed++;
        if (terminal) {
            bar(documentId, done, total);
        } else {
            out.println(documentId + ": " + done + "/" + total + " " + chunk.label()
                    + (status == Status.EXTRACTED ? "" : " (" + status.name().toLowerCase(java.util.Locale.ROOT) + ")"));
        }
        out.flush();
    }

    @Override
    public synchronized void finished(String documentId) {
        if (terminal) out.println();
        out.flush();
    }

    private void bar(String documentId, int done, int total) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        out.print("\r" + documentId + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/"
                + total + (cached > 0 ? ", " + cached + " cached" : "") + (failed > 0 ? ", " + failed + " failed" : ""));
    }
}
