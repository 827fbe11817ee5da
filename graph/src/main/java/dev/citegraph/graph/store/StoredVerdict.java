package dev.citegraph.graph.store;

import dev.citegraph.graph.error.ErrorCode;
import dev.citegraph.graph.model.FactStatus;
import dev.citegraph.graph.model.Verdict;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A fact's verdict as every store and export keeps it: the {@code status} name and a {@code reason} text, empty
 * unless the fact was rejected, then {@code "code: detail"}. Stores built and files exported before verdicts were
 * typed hold exactly these two values, so this is the one place that spells them and reads them back.
 */
public record StoredVerdict(String status, String reason) {
    private static final String AFTER_CODE = ": ";

    public static StoredVerdict of(Verdict verdict) {
        String reason = verdict instanceof Verdict.Rejected rejected
                ? rejected.code().code() + AFTER_CODE + rejected.detail() : "";
        return new StoredVerdict(verdict.status().name(), reason);
    }

    /**
     * The verdict these values stand for.
     *
     * @throws IllegalArgumentException the status is unknown, a rejection's reason does not start with a rejection
     *                                  code, or a fact that was not rejected has a reason (imports name the line)
     */
    public Verdict verdict() {
        String text = reason == null ? "" : reason;
        FactStatus kind = FactStatus.valueOf(status);
        if (kind == FactStatus.REJECTED) return rejection(text);
        if (!text.isEmpty()) {
            throw new IllegalArgumentException("only a rejected fact has a reason; this one is " + status
                    + " with reason '" + text + "'");
        }
        return kind == FactStatus.VERIFIED ? Verdict.verified() : Verdict.unverified();
    }

    private static Verdict rejection(String reason) {
        int end = reason.indexOf(AFTER_CODE);
        Optional<ErrorCode> code = end < 0 ? Optional.empty() : ErrorCode.of(reason.substring(0, end))
                .filter(c -> c.kind() == ErrorCode.Kind.REJECTION);
        if (code.isEmpty()) {
            throw new IllegalArgumentException("a rejected fact's reason starts with its code and ': ' ("
                    + rejectionCodes() + "), was '" + reason + "'");
        }
        return Verdict.rejected(code.get(), reason.substring(end + AFTER_CODE.length()));
    }

    private static String rejectionCodes() {
        return Arrays.stream(ErrorCode.values()).filter(c -> c.kind() == ErrorCode.Kind.REJECTION)
                .map(ErrorCode::code).collect(Collectors.joining(", "));
    }
}
