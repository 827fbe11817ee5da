package dev.citegraph.graph.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A numbered part of a report. {@code number} is "3.3.1" (no trailing dot), empty for front matter. The text is
 * cleaned (hyphenation rejoined, NFKC, no running headers); {@code pageStarts} map offsets in it to printed pages.
 * Tables printed in the section travel with it, so extraction sees them together.
 */
public record Section(
        String id,
        String documentId,
        String number,
        String title,
        int level,
        int pageStart,
        int pageEnd,
        String text,
        String parentId,
        List<PageStart> pageStarts,
        List<Table> tables) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentId, "documentId");
        number = number == null ? "" : number;
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        pageStarts = pageStarts == null ? List.of() : List.copyOf(pageStarts);
        tables = tables == null ? List.of() : List.copyOf(tables);
        if (level < 0) throw new IllegalArgumentException("level must be >= 0, was " + level);
    }

    /** The stable id of a section: document id and section number (or a title slug for unnumbered parts). */
    public static String idFor(String documentId, String number, String title) {
        String key = number == null || number.isBlank()
                ? title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "")
                : number;
        return documentId + "#" + key;
    }

    /** SHA-256 of the text and tables: what decides whether a section must be extracted again. */
    public String textHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            for (Table table : tables) {
                for (List<String> row : table.rows()) {
                    digest.update(String.join("\u001f", row).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) '\n');
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The printed page on which the character at {@code offset} of the text stands. */
    public int pageAt(int offset) {
        int page = pageStart;
        for (PageStart start : pageStarts) {
            if (start.offset() <= offset) page = start.page();
            else break;
        }
        return page;
    }

    /** "§3.3.1 Mixed Precision Framework", or the title alone for unnumbered parts. */
    public String label() {
        return number.isEmpty() ? title : "§" + number + " " + title;
    }
}
