package dev.citegraph.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds Cypher or SPARQL in the string literals (text blocks included) of Java sources. Compiled classes do not
 * show their constants to ArchUnit, so the rule reads the sources; it looks for the shapes every statement has
 * ({@code MATCH (}, {@code SELECT ?x}, {@code PREFIX p: <}, ...), not for single words a prompt or message may use.
 */
final class StoreLanguageText {
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    private static final Pattern STATEMENT = Pattern.compile(
            "\\b(?:OPTIONAL\\s+)?MATCH\\s*\\(|\\bMERGE\\s*\\(|\\bUNWIND\\s+\\$|\\bDETACH\\s+DELETE\\b"
                    + "|\\bRETURN\\s+(?:DISTINCT\\s+)?[a-z]\\w*\\s*[.,]|\\bSELECT\\s+(?:DISTINCT\\s+)?[?($]"
                    + "|\\bPREFIX\\s+\\w*:\\s*<|\\bWHERE\\s*\\{|\\bINSERT\\s+DATA\\b");

    record Finding(Path file, int line, String text) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + text;
        }
    }

    private StoreLanguageText() {
    }

    /** The literals of every .java file under {@code root} whose path contains none of {@code allowed}. */
    static List<Finding> outside(Path root, List<String> allowed) {
        List<Finding> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String path = file.toString().replace('\\', '/');
                if (allowed.stream().anyMatch(path::contains)) continue;
                findings.addAll(in(file, Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    static List<Finding> in(Path file, String source) {
        List<Finding> findings = new ArrayList<>();
        Matcher literal = LITERAL.matcher(withoutComments(source));
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            if (STATEMENT.matcher(text).find()) {
                int line = 1 + (int) source.substring(0, literal.start()).chars().filter(c -> c == '\n').count();
                findings.add(new Finding(file, line, text.strip().lines().findFirst().orElse("")));
            }
        }
        return findings;
    }

    /** Comments may show a query (GraphSchema documents the graph's shape); only literals become queries. */
    private static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        Matcher m = Pattern.compile("\"\"\".*?\"\"\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)'|//[^\\n]*|/\\*.*?\\*/",
                Pattern.DOTALL).matcher(source);
        int last = 0;
        while (m.find()) {
            out.append(source, last, m.start());
            String token = m.group();
            out.append(token.startsWith("//") || token.startsWith("/*") ? token.replaceAll("[^\\n]", " ") : token);
            last = m.end();
        }
        return out.append(source.substring(last)).toString();
    }
}
