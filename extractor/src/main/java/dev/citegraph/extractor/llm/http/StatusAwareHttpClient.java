package dev.citegraph.extractor.llm.http;

import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LangChain4j's HTTP client contract over the JDK client, differing from LangChain4j's own JDK client in what a
 * failure tells: a non-2xx answer keeps its {@code Retry-After} ({@link HttpStatusException}), a read timeout is a
 * LangChain4j {@link TimeoutException}, a refused connection is a {@link ModelServerUnreachableException}, and an
 * exchange broken midway a {@link RetriableException}.
 * Streaming is not used for extraction and goes to LangChain4j's own client unchanged.
 */
final class StatusAwareHttpClient implements HttpClient {

    /** Headers the JDK client sets itself and refuses to be given. */
    private static final Set<String> RESTRICTED = Set.of("content-length", "host", "connection", "expect", "upgrade");

    private final java.net.http.HttpClient http;
    private final Duration readTimeout;
    private final HttpClient streaming;

    StatusAwareHttpClient(java.net.http.HttpClient http, Duration readTimeout, HttpClient streaming) {
        this.http = http;
        this.readTimeout = readTimeout;
        this.streaming = streaming;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        HttpResponse<String> response = send(toJdk(request), request.url());
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
            throw new HttpStatusException(status, response.body(),
                    RetryAfter.parse(retryAfter, Clock.systemUTC()).orElse(null));
        }
        return SuccessfulHttpResponse.builder()
                .statusCode(status)
                .headers(response.headers().map())
                .body(response.body())
                .build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        streaming.execute(request, parser, listener);
    }

    private HttpResponse<String> send(java.net.http.HttpRequest request, String url) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new ModelServerUnreachableException(url, e);
        } catch (HttpTimeoutException e) {
            throw new TimeoutException("no answer from " + url + " within " + readTimeout.toSeconds() + " s", e);
        } catch (IOException e) {
            // Reached, but the exchange broke (connection reset, no answer bytes): worth another attempt.
            throw new RetriableException("the exchange with " + url + " broke: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + url, e);
        }
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
        if (readTimeout != null) builder.timeout(readTimeout);
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            if (RESTRICTED.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) continue;
            for (String value : header.getValue()) builder.header(header.getKey(), value);
        }
        java.net.http.HttpRequest.BodyPublisher body = request.body() == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body());
        return builder.method(request.method().name(), body).build();
    }
}
