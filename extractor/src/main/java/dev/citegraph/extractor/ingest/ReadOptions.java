package dev.citegraph.extractor.ingest;

/**
 * How to read a report. {@code password} opens an encrypted PDF (null when none was given).
 */
public record ReadOptions(String password) {

    public static ReadOptions defaults() {
        return new ReadOptions(null);
    }

    public ReadOptions withPassword(String newPassword) {
        return new ReadOptions(newPassword);
    }

    public boolean hasPassword() {
        return password != null;
    }
}
