package dev.citegraph.dsl.parser;

/** String literals as written: double quotes around, backslash escapes inside. */
final class Strings {
    private Strings() {
    }

    /** {@code "a \"b\" \\ c"} → {@code a "b" \ c}; {@code \n} and {@code \t} are a new line and a tab. */
    static String unquote(String quoted) {
        StringBuilder out = new StringBuilder(quoted.length());
        for (int i = 1; i < quoted.length() - 1; i++) {
            char c = quoted.charAt(i);
            if (c == '\\' && i + 1 < quoted.length() - 1) {
                char next = quoted.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
