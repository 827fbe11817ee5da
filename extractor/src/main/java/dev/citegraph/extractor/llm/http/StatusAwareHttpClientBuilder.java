package dev.citegraph.extractor.llm.http;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.jdk.JdkHttpClient;

import java.time.Duration;

/** Builds {@link StatusAwareHttpClient}s; LangChain4j's model builders set the timeouts through this. */
public final class StatusAwareHttpClientBuilder implements HttpClientBuilder {

    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofMinutes(5);

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
        if (timeout != null) this.connectTimeout = timeout;
        return this;
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration timeout) {
        if (timeout != null) this.readTimeout = timeout;
        return this;
    }

    @Override
    public HttpClient build() {
        java.net.http.HttpClient.Builder jdk = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout);
        HttpClient streaming = JdkHttpClient.builder()
                .httpClientBuilder(java.net.http.HttpClient.newBuilder()
                        .version(java.net.http.HttpClient.Version.HTTP_1_1)
                        .connectTimeout(connectTimeout))
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .build();
        return new StatusAwareHttpClient(jdk.build(), readTimeout, streaming);
    }
}
