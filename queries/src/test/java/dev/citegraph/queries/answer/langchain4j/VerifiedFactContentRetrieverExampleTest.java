package dev.citegraph.queries.answer.langchain4j;

import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.queries.answer.AnswerFixtures;
import dev.citegraph.queries.answer.ModelServer;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.service.AiServices;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The README's example: citegraph's verified facts feeding a LangChain4j assistant, run against a real store. */
class VerifiedFactContentRetrieverExampleTest {

    interface Assistant {
        String chat(String question);
    }

    @Test
    void returnsVerifiedFactsWithTheirCitationsAsContent() {
        GraphStore store = AnswerFixtures.store();

        ContentRetriever retriever = VerifiedFactContentRetriever.over(store, 5, 0.5);
        List<Content> contents = retriever.retrieve(Query.from("How many total parameters does DeepSeek-V3 have?"));

        assertThat(contents).isNotEmpty();
        Content best = contents.get(0);
        assertThat(best.textSegment().text()).startsWith("[f-").contains("DeepSeek-V3 | has_total_parameters | 671B")
                .contains("source: deepseek-v3 §1 Introduction, p.4: \"671B total parameters\"");
        var metadata = best.textSegment().metadata();
        assertThat(metadata.getString(VerifiedFactContentRetriever.FACT_ID)).matches("f-[0-9a-f]{16}");
        assertThat(metadata.getString(VerifiedFactContentRetriever.DOCUMENT)).isEqualTo("deepseek-v3");
        assertThat(metadata.getString(VerifiedFactContentRetriever.SECTION)).isEqualTo("1");
        assertThat(metadata.getInteger(VerifiedFactContentRetriever.PAGE)).isEqualTo(4);
        assertThat(metadata.getString(VerifiedFactContentRetriever.QUOTE)).isEqualTo("671B total parameters");
    }

    @Test
    void feedsALangChain4jAssistantWithCitedFacts() {
        try (ModelServer server = new ModelServer(ModelServer.Protocol.OPENAI)) {
            server.reply("<think>The fact gives 671B.</think>DeepSeek-V3 has 671B total parameters.", "DeepSeek-V3");
            ChatModel chatModel = server.chatModel();

            // The example, as in README: any LangChain4j AI service can take citegraph's facts as its content.
            Assistant assistant = AiServices.builder(Assistant.class)
                    .chatModel(chatModel)
                    .contentRetriever(VerifiedFactContentRetriever.over(AnswerFixtures.store(), 5, 0.5))
                    .build();
            String answer = assistant.chat("How many total parameters does DeepSeek-V3 have?");

            assertThat(answer).contains("671B");
            server.wireMock().verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                    .withRequestBody(containing("671B total parameters"))
                    .withRequestBody(containing("source: deepseek-v3 §1 Introduction, p.4")));
        }
    }
}
