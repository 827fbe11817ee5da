package dev.citegraph.extractor.ingest.pdf;

import org.apache.pdfbox.text.TextPosition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Glyphs printed twice at (almost) the same spot, the way some producers fake bold. PDFBox's own check for this
 * scans sorted sets per glyph and is a large part of its text extraction time; a hash of one-point cells does the
 * same job in constant time per glyph. Holds one page's glyphs at a time.
 */
final class OverprintFilter {

    private final Map<Long, List<float[]>> seen = new HashMap<>();

    void startPage() {
        seen.clear();
    }

    /** Whether the same character was already printed within a third of its width of this one. */
    boolean isRepeat(TextPosition glyph) {
        String unicode = glyph.getUnicode();
        if (unicode == null || unicode.isEmpty()) return false;
        float x = glyph.getX();
        float y = glyph.getY();
        float tolerance = glyph.getWidth() / unicode.length() / 3f;
        int cx = (int) Math.floor(x);
        int cy = (int) Math.floor(y);
        int code = unicode.hashCode();
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                List<float[]> near = seen.get(key(code, cx + dx, cy + dy));
                if (near == null) continue;
                for (float[] p : near) {
                    if (Math.abs(p[0] - x) <= tolerance && Math.abs(p[1] - y) <= tolerance) return true;
                }
            }
        }
        seen.computeIfAbsent(key(code, cx, cy), k -> new ArrayList<>(1)).add(new float[] {x, y});
        return false;
    }

    /**
     * One cell of one character, its bits spread over the whole long: a key built by small multipliers put a page's
     * glyphs into few hash buckets, and the lookups walked long bucket trees.
     */
    private static long key(int code, int cx, int cy) {
        long key = ((long) code << 32) ^ ((long) (cx & 0xFFFF) << 16) ^ (cy & 0xFFFF);
        key *= 0x9E3779B97F4A7C15L;
        return key ^ (key >>> 29);
    }
}
