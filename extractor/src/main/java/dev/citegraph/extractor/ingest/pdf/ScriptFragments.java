package dev.citegraph.extractor.ingest.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sub- and superscripts that PDFBox sets apart on a line of their own (the {@code h} of {@code d^R_h} hangs below its
 * baseline far enough to become a "line" between two lines of text). Each such fragment, small, short and touching
 * a line of text above or below, goes back into that line at its horizontal position, written onto the symbol it
 * belongs to, so that no glyph of a formula lands in another sentence. Margin stamps set sideways (an arXiv
 * identifier) are dropped first: only words in the page's main writing direction stay.
 */
final class ScriptFragments {

    /** A fragment's glyphs are smaller than this share of the page's common glyph height. */
    private static final float SMALL = 0.8f;
    /** A fragment has at most this many characters. */
    private static final int SHORT = 8;
    /** A fragment's glyph box is within this many glyph heights of its line's box. */
    private static final float TOUCHING = 0.6f;

    /** One line as collected: its baseline and words left to right. */
    record Line(float y, List<PdfWord> words) {
        Line {
            words = List.copyOf(words);
        }

        float height() {
            float h = 0;
            for (PdfWord w : words) h = Math.max(h, w.height());
            return h;
        }

        int chars() {
            return words.stream().mapToInt(PdfWord::chars).sum();
        }

        float x0() {
            return words.get(0).x0();
        }

        float x1() {
            return words.get(words.size() - 1).x1();
        }
    }

    private ScriptFragments() {
    }

    static List<Line> reattach(List<Line> collected) {
        List<Line> lines = upright(collected);
        float common = commonHeight(lines);
        if (common <= 0) return lines;
        List<Line> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            Line fragment = out.get(i);
            if (!isFragment(fragment, common)) continue;
            int host = host(out, i, common);
            if (host < 0) continue;
            out.set(host, insert(out.get(host), fragment, common));
            out.remove(i);
            i--;
        }
        return out;
    }

    /** The lines without words set in another direction than most of the page's characters. */
    private static List<Line> upright(List<Line> lines) {
        java.util.Map<Float, Integer> byDirection = new java.util.HashMap<>();
        for (Line line : lines) {
            for (PdfWord w : line.words()) byDirection.merge(w.direction(), w.chars(), Integer::sum);
        }
        if (byDirection.size() < 2) return lines;
        float main = byDirection.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<Line> kept = new ArrayList<>(lines.size());
        for (Line line : lines) {
            List<PdfWord> words = line.words().stream().filter(w -> w.direction() == main).toList();
            if (!words.isEmpty()) kept.add(new Line(line.y(), words));
        }
        return kept;
    }

    private static boolean isFragment(Line line, float common) {
        return line.height() < SMALL * common && line.chars() <= SHORT;
    }

    /** The nearest line of ordinary text whose glyph box touches the fragment's and spans its position; -1 if none. */
    private static int host(List<Line> lines, int fragmentIndex, float common) {
        Line fragment = lines.get(fragmentIndex);
        int best = -1;
        float bestGap = TOUCHING * common;
        for (int j = Math.max(0, fragmentIndex - 3); j < Math.min(lines.size(), fragmentIndex + 4); j++) {
            Line candidate = lines.get(j);
            if (j == fragmentIndex || isFragment(candidate, common)) continue;
            if (fragment.x0() < candidate.x0() - common || fragment.x1() > candidate.x1() + common) continue;
            float gap = gap(fragment.y() - fragment.height(), fragment.y(), candidate.y() - candidate.height(), candidate.y());
            if (gap <= bestGap) {
                bestGap = gap;
                best = j;
            }
        }
        return best;
    }

    private static float gap(float top1, float bottom1, float top2, float bottom2) {
        return Math.max(0, Math.max(top1, top2) - Math.min(bottom1, bottom2));
    }

    /** The host line with each fragment word written onto the word it follows, or placed between words. */
    private static Line insert(Line host, Line fragment, float common) {
        List<PdfWord> words = new ArrayList<>(host.words());
        for (PdfWord script : fragment.words()) {
            int after = -1;
            for (int k = 0; k < words.size(); k++) {
                if (words.get(k).x0() <= script.x0()) after = k;
            }
            if (after >= 0 && script.x0() <= words.get(after).x1() + 0.3f * common) {
                words.set(after, words.get(after).withScript(script));
            } else {
                words.add(after + 1, new PdfWord(script.text(), script.x0(), script.x1(), host.y(),
                        script.height(), script.boldChars(), script.chars(), script.direction(), script.smallCapsChars()));
            }
        }
        return new Line(host.y(), words);
    }

    private static float commonHeight(List<Line> lines) {
        if (lines.isEmpty()) return 0;
        float[] heights = new float[lines.size()];
        for (int i = 0; i < lines.size(); i++) heights[i] = lines.get(i).height();
        Arrays.sort(heights);
        return heights[heights.length / 2];
    }
}
