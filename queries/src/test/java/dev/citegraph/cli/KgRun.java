package dev.citegraph.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** One run of the kg command line in this JVM, with what it printed. */
record KgRun(int exitCode, String out, String err) {

    static KgRun of(String... args) {
        return run(new Kg(), args);
    }

    /** A run reading {@code stdin} as its standard input, piped as a script would pipe it (no terminal). */
    static KgRun withInput(String stdin, String... args) {
        return run(new Kg(new Kg.Input(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false)), args);
    }

    private static KgRun run(Kg kg, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = kg.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new KgRun(code, out.toString(), err.toString());
    }

    List<String> errLines() {
        return Arrays.stream(err.split("\\R")).filter(line -> !line.isBlank()).toList();
    }
}
