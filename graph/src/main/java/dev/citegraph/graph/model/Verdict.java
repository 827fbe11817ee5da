package dev.citegraph.graph.model;

import dev.citegraph.graph.error.ErrorCode;

import java.util.Objects;

/**
 * What checking a fact's evidence found: verified, rejected with the code and what exactly was wrong, or not checked
 * at all. Stores and queries filter on its {@link FactStatus}.
 */
public sealed interface Verdict {

    FactStatus status();

    static Verdict verified() {
        return new Verified();
    }

    static Verdict unverified() {
        return new Unverified();
    }

    static Rejected rejected(ErrorCode code, String detail) {
        return new Rejected(code, detail);
    }

    /** The quote was found in the section text and every number of the object is in the quote. */
    record Verified() implements Verdict {
        @Override
        public FactStatus status() {
            return FactStatus.VERIFIED;
        }
    }

    /** Entered by hand or imported without evidence checks. */
    record Unverified() implements Verdict {
        @Override
        public FactStatus status() {
            return FactStatus.UNVERIFIED;
        }
    }

    /**
     * Failed verification: kept for review, never shown as a fact. The code is what reviews and scripts group and
     * filter by; the detail says what exactly was wrong with this proposal.
     */
    record Rejected(ErrorCode code, String detail) implements Verdict {
        public Rejected {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(detail, "detail");
            if (code.kind() != ErrorCode.Kind.REJECTION) {
                throw new IllegalArgumentException(code + " is a " + code.kind() + " error, not a rejection");
            }
            if (detail.isBlank()) throw new IllegalArgumentException("a rejection says what was wrong");
        }

        @Override
        public FactStatus status() {
            return FactStatus.REJECTED;
        }
    }
}
