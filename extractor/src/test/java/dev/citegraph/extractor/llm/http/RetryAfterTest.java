package dev.citegraph.extractor.llm.http;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T21:00:00Z"), ZoneOffset.UTC);

    @Test
    void readsDelaySecondsIncludingFractions() {
        assertThat(RetryAfter.parse("7", clock)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse("0.5", clock)).contains(Duration.ofMillis(500));
    }

    @Test
    void readsAnHttpDateAsTheTimeLeftUntilIt() {
        assertThat(RetryAfter.parse("Sat, 28 Nov 2026 21:00:30 GMT", clock)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Sat, 28 Nov 2026 20:59:00 GMT", clock)).contains(Duration.ZERO);
    }

    @Test
    void ignoresMissingOrMeaninglessValues() {
        assertThat(RetryAfter.parse(null, clock)).isEmpty();
        assertThat(RetryAfter.parse("soon", clock)).isEmpty();
    }
}
