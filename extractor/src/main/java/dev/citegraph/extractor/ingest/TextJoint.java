package dev.citegraph.extractor.ingest;

/** What stands between two pieces of text appended to a section. */
public enum TextJoint {
    /** A word split over two lines, rejoined. */
    NONE(""),
    /** Two lines of one paragraph. */
    SPACE(" "),
    /** Lines kept apart, such as table rows. */
    LINE("\n"),
    PARAGRAPH("\n\n");

    private final String separator;

    TextJoint(String separator) {
        this.separator = separator;
    }

    public String separator() {
        return separator;
    }
}
