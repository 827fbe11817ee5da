package dev.citegraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

/** One run of the kg command line in this JVM, with what it printed. */
record KgRun(int exitCode, String out, String err) {

    static KgRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Kg().execute(new PrintWriter(out), new PrintWriter(err), args);
        return new KgRun(code, out.toString(), err.toString());
    }

    List<String> errLines() {
        return Arrays.stream(err.split("\\R")).filter(line -> !line.isBlank()).toList();
    }
}
