package dev.citegraph.queries.query;

import dev.citegraph.dsl.ast.ShowTarget;
import dev.citegraph.dsl.plan.Plan;
import dev.citegraph.graph.store.QueryResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The answer to {@code show ...}. Sections are put in document and numbering order here (3.2 before 3.10), which
 * neither store sorts by, and their text is cut to a snippet around the match.
 */
final class Listings {
    private static final int SNIPPET = 60;

    private Listings() {
    }

    static Answer.Listing of(Plan.ListingPlan plan, QueryResult result) {
        if (plan.target() != ShowTarget.SECTIONS) {
            List<List<String>> rows = new ArrayList<>();
            for (Map<String, Object> row : result.rows()) {
                rows.add(result.columns().stream().map(c -> text(row.get(c))).toList());
            }
            return new Answer.Listing(result.columns(), rows);
        }
        String needle = plan.matching().map(m -> m.source() instanceof dev.citegraph.dsl.plan.Slot.Literal l
                ? l.value().toString() : "").orElse("");
        List<Map<String, Object>> sections = new ArrayList<>(result.rows());
        sections.sort(Comparator.comparing((Map<String, Object> r) -> text(r.get("document")))
                .thenComparing(r -> text(r.get("number")), Listings::compareNumbers)
                .thenComparing(r -> text(r.get("title"))));
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> row : sections.subList(0, Math.min(sections.size(), plan.limit().orElse(Integer.MAX_VALUE)))) {
            rows.add(List.of(text(row.get("document")), text(row.get("number")), text(row.get("title")),
                    text(row.get("page")), snippet(text(row.get("text")), needle)));
        }
        return new Answer.Listing(List.of("document", "section", "title", "page", "text"), rows);
    }

    /** "3.2" before "3.10", "3" before "3.1"; unnumbered parts first. */
    static int compareNumbers(String a, String b) {
        String[] x = a.isEmpty() ? new String[0] : a.split("\\.");
        String[] y = b.isEmpty() ? new String[0] : b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d{1,9}") && y[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) return c;
        }
        return Integer.compare(x.length, y.length);
    }

    private static String snippet(String text, String needle) {
        String flat = text.replaceAll("\\s+", " ").strip();
        int at = needle.isEmpty() ? 0 : flat.toLowerCase(Locale.ROOT).indexOf(needle);
        if (at < 0) at = 0;
        int from = Math.max(0, at - SNIPPET);
        int to = Math.min(flat.length(), at + needle.length() + SNIPPET);
        return (from > 0 ? "…" : "") + flat.substring(from, to) + (to < flat.length() ? "…" : "");
    }

    private static String text(Object value) {
        if (value == null) return "";
        if (value instanceof Number n && !(value instanceof java.math.BigDecimal)) return Long.toString(n.longValue());
        return value.toString();
    }
}
