package dev.citegraph.graph.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A statement about a subject with the evidence for it. The id is derived from subject, predicate, object and
 * qualifiers, so the same statement found in two sections or two reports is one fact: {@link #mergedWith} unites
 * their citations.
 */
public record Fact(
        String id,
        Entity subject,
        Predicate predicate,
        FactObject object,
        Map<String, String> qualifiers,
        Verdict verdict,
        String method,
        List<Citation> citations) {

    public Fact {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
        // Sorted, so that every rendering lists a fact's qualifiers in one order (Map.copyOf's order changes per run).
        qualifiers = qualifiers == null ? Map.of()
                : Collections.unmodifiableSortedMap(new TreeMap<>(Map.copyOf(qualifiers)));
        verdict = verdict == null ? Verdict.unverified() : verdict;
        method = method == null || method.isBlank() ? "unknown" : method;
        citations = citations == null ? List.of() : List.copyOf(citations);
        id = id == null || id.isBlank() ? idOf(subject, predicate, object, qualifiers, verdict.status()) : id;
    }

    public static Fact of(Entity subject, Predicate predicate, FactObject object, Map<String, String> qualifiers,
                          Verdict verdict, String method, Citation citation) {
        return new Fact(null, subject, predicate, object, qualifiers, verdict, method, List.of(citation));
    }

    /**
     * The identity of a statement. Rejected facts get ids of their own so a rejected proposal never merges into
     * (and never hides behind) a verified fact.
     */
    public static String idOf(Entity subject, Predicate predicate, FactObject object, Map<String, String> qualifiers,
                              FactStatus status) {
        StringBuilder key = new StringBuilder()
                .append(subject.id()).append('\u001f')
                .append(predicate.name()).append('\u001f')
                .append(object.key()).append('\u001f');
        new TreeMap<>(qualifiers).forEach((k, v) -> key.append(k).append('=').append(v).append(';'));
        if (status == FactStatus.REJECTED) key.append("\u001frejected");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return "f-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** This fact with the other's citations added (the same statement found elsewhere). */
    public Fact mergedWith(Fact other) {
        if (!id.equals(other.id)) throw new IllegalArgumentException("not the same fact: " + id + " vs " + other.id);
        List<Citation> all = new ArrayList<>(citations);
        for (Citation c : other.citations) if (!all.contains(c)) all.add(c);
        Entity mergedSubject = subject.withAliases(other.subject.aliases());
        return new Fact(id, mergedSubject, predicate, object, qualifiers, verdict, method, all);
    }

    public FactStatus status() {
        return verdict.status();
    }

    public boolean isVerified() {
        return status() == FactStatus.VERIFIED;
    }
}
