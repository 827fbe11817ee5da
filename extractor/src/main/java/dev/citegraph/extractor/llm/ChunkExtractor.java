package dev.citegraph.extractor.llm;

import dev.citegraph.extractor.llm.http.ModelServerUnreachableException;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One section part through the model: from the cache if answered before, else asked, and asked once more with the
 * parse error when the answer cannot be read. A part fails alone (its reason recorded); only a model that cannot be
 * used at all stops the run ({@link LlmUnavailableException}). Thread-safe.
 */
final class ChunkExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(ChunkExtractor.class);
    private static final int ROUNDS = 2;

    private final LlmSettings settings;
    private final RetryingChat chat;
    private final ExtractionCache cache;
    private final AnswerParser parser = new AnswerParser();
    /** Cleared, once for the whole run, when the server refuses the JSON schema (some OpenAI-compatible servers). */
    private final AtomicBoolean sendSchema;

    ChunkExtractor(LlmSettings settings, RetryingChat chat, ExtractionCache cache) {
        this.settings = settings;
        this.chat = chat;
        this.cache = cache;
        this.sendSchema = new AtomicBoolean(
                settings.structuredOutput() && ChatModels.supportsJsonSchema(settings.spec().provider()));
    }

    ChunkOutcome extract(SectionChunk chunk) {
        String userMessage = ExtractionPrompt.userMessage(chunk);
        String key = ExtractionCache.key(settings, userMessage);
        var cached = cache.get(key);
        if (cached.isPresent()) {
            return new ChunkOutcome.Extracted(chunk, cached.get().facts(), cached.get().incomplete(), true, 0,
                    TokenCount.NONE);
        }
        List<ChatMessage> messages = new ArrayList<>(List.of(
                SystemMessage.from(ExtractionPrompt.INSTRUCTIONS), UserMessage.from(userMessage)));
        TokenCount tokens = TokenCount.NONE;
        String reason = "";
        for (int round = 1; round <= ROUNDS; round++) {
            ChatResponse response;
            try {
                response = call(messages);
            } catch (LlmUnavailableException e) {
                throw e;
            } catch (RuntimeException e) {
                return new ChunkOutcome.Failed(chunk, RetryingChat.describe(e) + ": " + firstLine(e), round - 1,
                        tokens);
            }
            tokens = tokens.plus(response.tokenUsage());
            String answer = response.aiMessage().text();
            ParsedAnswer parsed = parser.parse(answer);
            if (parsed instanceof ParsedAnswer.Facts facts) {
                cache.put(key, new ExtractionCache.Entry(settings.spec().toString(), ExtractionPrompt.VERSION,
                        chunk.label(), facts.facts(), facts.incomplete()));
                return new ChunkOutcome.Extracted(chunk, facts.facts(), facts.incomplete(), false, round, tokens);
            }
            reason = ((ParsedAnswer.Unreadable) parsed).reason();
            LOG.debug("unreadable answer for {} (round {}): {}", chunk.label(), round, reason);
            messages.add(AiMessage.from(AnswerParser.visibleText(answer)));
            messages.add(UserMessage.from(ExtractionPrompt.repairMessage(reason)));
        }
        return new ChunkOutcome.Failed(chunk, "unreadable answer, also when asked again: " + reason, ROUNDS, tokens);
    }

    private ChatResponse call(List<ChatMessage> messages) {
        try {
            return chat.chat(request(messages));
        } catch (InvalidRequestException e) {
            if (!sendSchema.compareAndSet(true, false)) throw e;
            LOG.warn("{} refused the request with a JSON schema ({}); asking without one from now on",
                    settings.baseUrl(), firstLine(e));
            return call(messages);
        } catch (ModelServerUnreachableException e) {
            throw new LlmUnavailableException(e.getMessage() + hostHint(), e);
        } catch (AuthenticationException e) {
            throw new LlmUnavailableException(settings.spec() + ": the server at " + settings.baseUrl()
                    + " refused the API key (" + firstLine(e) + ")", e);
        } catch (ModelNotFoundException e) {
            throw new LlmUnavailableException(settings.spec() + ": the server at " + settings.baseUrl()
                    + " does not know model '" + settings.spec().model() + "' (" + firstLine(e) + ")", e);
        }
    }

    private ChatRequest request(List<ChatMessage> messages) {
        ChatRequest.Builder builder = ChatRequest.builder().messages(messages);
        if (sendSchema.get()) builder.responseFormat(ExtractionPrompt.responseFormat());
        return builder.build();
    }

    private String hostHint() {
        return switch (settings.spec().provider()) {
            case OLLAMA -> " (is Ollama running? set OLLAMA_HOST or --llm-base-url)";
            case OPENAI -> " (check OPENAI_BASE_URL or --llm-base-url)";
            case ANTHROPIC -> " (check ANTHROPIC_BASE_URL or --llm-base-url)";
        };
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
