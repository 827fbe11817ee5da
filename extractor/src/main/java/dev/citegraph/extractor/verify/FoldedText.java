package dev.citegraph.extractor.verify;

import java.text.Normalizer;

/**
 * A text folded for quote matching, with the way back to the original offsets. Folding takes away what a copy of
 * a PDF's words may change without changing the words: Unicode forms (NFKC: ligatures ﬁ/ﬂ, math italics 𝑛ℎ),
 * dash and minus forms (U+2212 → '-'), quote marks and primes, case, all whitespace, and hyphens between two letters or at a
 * line end ("low-\nrank", "low-rank" and "lowrank" fold alike). Digits, signs between digits and every other
 * character stay, so a number never folds into another.
 */
final class FoldedText {
    private final String key;
    private final int[] from;
    private final int[] to;

    private FoldedText(String key, int[] from, int[] to) {
        this.key = key;
        this.from = from;
        this.to = to;
    }

    static FoldedText of(String text) {
        StringBuilder key = new StringBuilder(text.length());
        int[] from = new int[text.length() * 2 + 8];
        int[] to = new int[from.length];
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String folded = foldCodePoint(cp);
            for (int k = 0; k < folded.length(); k++) {
                char c = folded.charAt(k);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) continue;
                if (c == '-' && isSoftHyphen(text, key, next)) continue;
                if (key.length() == from.length) {
                    from = java.util.Arrays.copyOf(from, from.length * 2);
                    to = java.util.Arrays.copyOf(to, to.length * 2);
                }
                from[key.length()] = i;
                to[key.length()] = next;
                key.append(c);
            }
            i = next;
        }
        return new FoldedText(key.toString(), from, to);
    }

    /** A hyphen after a letter and before a letter or a line end: word-internal or hyphenation, not a sign. */
    private static boolean isSoftHyphen(String text, CharSequence keySoFar, int after) {
        if (keySoFar.length() == 0 || !Character.isLetter(keySoFar.charAt(keySoFar.length() - 1))) return false;
        if (after >= text.length()) return false;
        int nextCp = text.codePointAt(after);
        if (Character.isWhitespace(nextCp)) return true;
        String nextFolded = foldCodePoint(nextCp);
        return !nextFolded.isEmpty() && Character.isLetter(nextFolded.charAt(0));
    }

    private static String foldCodePoint(int cp) {
        switch (cp) {
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0xFEFF:
                return "";
            // Quote marks and primes are dropped: copies add and lose them, and PDF math moves primes around.
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4, 0x0060, 0x0027,
                    0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x0022:
                return "";
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE63, 0xFF0D:
                return "-";
            case 0x00D7:
                return "x";
            default:
                break;
        }
        String s = cp < 0x80 ? String.valueOf((char) cp)
                : Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            out.append(c == '\u2212' ? '-' : Character.toLowerCase(c));
        }
        return out.toString();
    }

    String key() {
        return key;
    }

    /** Offset in the original text where the folded character at {@code index} came from. */
    int originalStart(int index) {
        return from[index];
    }

    /** Offset in the original text just after the folded character at {@code index}. */
    int originalEnd(int index) {
        return to[index];
    }
}
