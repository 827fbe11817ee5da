package dev.citegraph.queries.answer.compare;

import java.util.List;
import java.util.Objects;

/** One value in a comparison cell, in the row's common unit, with the footnotes of its citations. */
public record CellValue(String display, String factId, List<Integer> footnotes) {
    public CellValue {
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(factId, "factId");
        footnotes = List.copyOf(footnotes);
    }

    /** "236B parameters [1,2]". */
    public String withMarkers() {
        return footnotes.isEmpty() ? display : display + " " + footnotes.toString().replace(" ", "");
    }
}
