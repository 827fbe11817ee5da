package dev.citegraph.extractor.llm;

import dev.citegraph.extractor.llm.http.HttpStatusException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;

/**
 * Calls a chat model, retrying what a retry can fix: 429 after the server's {@code Retry-After} (or a backoff when it
 * names none), 5xx, timeouts and broken connections after a doubling backoff. Anything else (400, 401, 404, an unreachable server)
 * propagates at once. Thread-safe: one instance serves every concurrent call.
 */
public final class RetryingChat {

    /** Waits; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(RetryingChat.class);

    private final ChatModel model;
    private final RetryPolicy policy;
    private final Sleeper sleeper;

    public RetryingChat(ChatModel model, RetryPolicy policy, Sleeper sleeper) {
        this.model = model;
        this.policy = policy;
        this.sleeper = sleeper;
    }

    /** The answer; the last error once {@link RetryPolicy#maxAttempts()} are spent. */
    public ChatResponse chat(ChatRequest request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return model.chat(request);
            } catch (RuntimeException e) {
                Optional<Duration> wait = waitBeforeRetry(e, attempt);
                if (wait.isEmpty() || attempt >= policy.maxAttempts()) throw e;
                LOG.info("model call failed ({}), attempt {} of {}, retrying in {} ms", describe(e), attempt,
                        policy.maxAttempts(), wait.get().toMillis());
                pause(wait.get(), e);
            }
        }
    }

    private Optional<Duration> waitBeforeRetry(RuntimeException e, int attempt) {
        if (e instanceof RateLimitException) {
            return Optional.of(HttpStatusException.in(e).flatMap(HttpStatusException::retryAfter)
                    .map(policy::honour)
                    .orElseGet(() -> policy.backoff(attempt)));
        }
        // InternalServerException (5xx), TimeoutException and a broken exchange are all RetriableExceptions.
        if (e instanceof RetriableException) return Optional.of(policy.backoff(attempt));
        return Optional.empty();
    }

    private void pause(Duration wait, RuntimeException cause) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            cause.addSuppressed(interrupted);
            throw cause;
        }
    }

    /** "HTTP 429", "timeout": the kind of failure, for logs and failed-section reasons. */
    static String describe(Throwable e) {
        Optional<HttpStatusException> status = HttpStatusException.in(e);
        if (status.isPresent()) return "HTTP " + status.get().statusCode();
        if (e instanceof TimeoutException) return "timeout";
        return e.getClass().getSimpleName();
    }
}
