package dev.citegraph.extractor.llm;

import java.time.Duration;

/**
 * How often and how patiently a call is retried after a 429, a 5xx or a timeout. The wait doubles from
 * {@code initialBackoff} up to {@code maxBackoff}; a server's {@code Retry-After} replaces it, capped at
 * {@code maxRetryAfter} so one server cannot stall a build for hours.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    public static final RetryPolicy DEFAULT =
            new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofMinutes(5));

    public RetryPolicy {
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
        if (initialBackoff.isNegative() || maxBackoff.isNegative() || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("waits must not be negative");
        }
    }

    /** The wait before attempt {@code attempt + 1} when the server named none. */
    Duration backoff(int attempt) {
        Duration wait = initialBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    Duration honour(Duration retryAfter) {
        return retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
    }
}
