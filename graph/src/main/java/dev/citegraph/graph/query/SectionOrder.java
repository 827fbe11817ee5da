package dev.citegraph.graph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The order sections are listed in: by document, then by numbering (3.2 before 3.10, 3 before 3.1, unnumbered
 * parts first), then by title. Neither store language sorts numberings, so each store sorts here, then cuts.
 */
public final class SectionOrder {
    private SectionOrder() {
    }

    public static List<QueryRows.ListingRow> sortAndLimit(List<QueryRows.SectionRow> sections, Optional<Integer> limit) {
        List<QueryRows.SectionRow> sorted = new ArrayList<>(sections);
        sorted.sort(Comparator.comparing(QueryRows.SectionRow::document)
                .thenComparing(QueryRows.SectionRow::number, SectionOrder::compareNumbers)
                .thenComparing(QueryRows.SectionRow::title));
        return List.copyOf(sorted.subList(0, Math.min(sorted.size(), limit.orElse(Integer.MAX_VALUE))));
    }

    private static int compareNumbers(String a, String b) {
        String[] x = a.isEmpty() ? new String[0] : a.split("\\.");
        String[] y = b.isEmpty() ? new String[0] : b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d{1,9}") && y[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) return c;
        }
        return Integer.compare(x.length, y.length);
    }
}
