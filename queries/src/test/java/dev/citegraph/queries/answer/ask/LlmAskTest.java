package dev.citegraph.queries.answer.ask;

import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.queries.answer.AnswerFixtures;
import dev.citegraph.queries.answer.ModelServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.citegraph.queries.answer.ModelServer.ANSWER_REQUEST;
import static dev.citegraph.queries.answer.ModelServer.QUERY_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

class LlmAskTest {
    private static final String V3_QUESTION = "How many parameters does DeepSeek-V3 have?";
    private final Asker asker = new Asker(AnswerFixtures.store(), PredicateVocabulary.builtIn(), Clock.systemUTC());
    private ModelServer server;

    @AfterEach
    void stopServer() {
        if (server != null) server.close();
    }

    @Test
    void answersFromTheFactsGivenCitingTheirIdsAndNeverShowsReasoning() {
        server = new ModelServer(ModelServer.Protocol.OPENAI);
        String total = v3Fact("has_total_parameters");
        String active = v3Fact("has_activated_parameters_per_token");
        server.reply("<think>\nThe user wants parameters. A facts query on the model fits.\n</think>\n\n"
                + "```kgq\nfacts about \"DeepSeek-V3\"\n```", QUERY_REQUEST);
        server.reply("<think>\nFact " + total + " says 671B; fact " + active + " says 37B. Let me write it.\n</think>\n\n"
                + "DeepSeek-V3 has 671B total parameters [" + total + "], of which 37B are activated for each token ["
                + active + "].", ANSWER_REQUEST);

        Answer answer = asker.ask(V3_QUESTION, server.chatModel(), server.label());

        assertThat(answer.query()).isEqualTo("facts about \"DeepSeek-V3\"");
        assertThat(answer.text()).isEqualTo("DeepSeek-V3 has 671B total parameters [" + total
                + "], of which 37B are activated for each token [" + active + "].");
        assertThat(AnswerFormat.TEXT.render(answer)).doesNotContain("think").doesNotContain("Let me write")
                .contains("[" + total + "] deepseek-v3 §1 Introduction, p.4: \"671B total parameters\"");
        assertThat(answer.cited()).extracting(Fact::id).containsExactly(total, active);
        assertThat(answer.model()).isEqualTo("openai:qwen3-8b");
    }

    @Test
    void dropsAndFlagsASentenceCitingAFactItWasNotGiven() {
        server = new ModelServer(ModelServer.Protocol.OPENAI);
        String total = v3Fact("has_total_parameters");
        String notGiven = AnswerFixtures.gold().get("moe-028").fact().id();
        server.reply("facts about \"DeepSeek-V3\"", QUERY_REQUEST);
        server.reply("<think>I recall another fact.</think>DeepSeek-V3 has 671B total parameters [" + total + "]. "
                + "It can be deployed on a single GPU with 40GB of memory [" + notGiven + "].", ANSWER_REQUEST);

        Answer answer = asker.ask(V3_QUESTION, server.chatModel(), server.label());

        assertThat(answer.factsGiven()).contains(total).doesNotContain(notGiven);
        assertThat(answer.text()).isEqualTo("DeepSeek-V3 has 671B total parameters [" + total + "].");
        assertThat(answer.dropped()).singleElement().satisfies(s -> {
            assertThat(s.verdict()).isEqualTo(CheckedSentence.Verdict.UNKNOWN_FACT);
            assertThat(s.unknownIds()).containsExactly(notGiven);
        });
        assertThat(answer.cited()).extracting(Fact::id).containsExactly(total);
    }

    @Test
    void answersNotInTheDocumentsWhenTheModelAnswersWithoutCitations() {
        server = new ModelServer(ModelServer.Protocol.OLLAMA);
        server.reply("<think>\nNone of these facts are about GPT-4. I know it anyway.\n</think>\n"
                + "match \"GPT-4\" has_total_parameters ?p", QUERY_REQUEST);
        server.reply("<think>\nNo fact covers GPT-4, but it is widely reported.\n</think>\n\n"
                + "GPT-4 is widely reported to have about 1.8 trillion parameters.", ANSWER_REQUEST);

        Answer answer = asker.ask("What is GPT-4's total parameter count?", server.chatModel(), server.label());

        assertThat(answer.notInDocuments()).isTrue();
        assertThat(answer.text()).isEqualTo(Answer.NOT_IN_DOCUMENTS);
        assertThat(answer.cited()).isEmpty();
        assertThat(answer.dropped()).extracting(CheckedSentence::verdict)
                .containsOnly(CheckedSentence.Verdict.NO_CITATION);
    }

    @Test
    void sendsAQueryTheGrammarRejectsBackOnceWithTheParserMessage() {
        server = new ModelServer(ModelServer.Protocol.OPENAI);
        server.reply("<think>SQL should do.</think>SELECT parameters FROM facts WHERE model = 'DeepSeek-V3'",
                QUERY_REQUEST);
        server.reply("match \"DeepSeek-V3\" has_total_parameters ?p", QUERY_REQUEST, "That query is not valid");
        server.reply("DeepSeek-V3 has 671B total parameters [" + v3Fact("has_total_parameters") + "].",
                ANSWER_REQUEST);

        Answer answer = asker.ask(V3_QUESTION, server.chatModel(), server.label());

        assertThat(answer.query()).isEqualTo("match \"DeepSeek-V3\" has_total_parameters ?p");
        server.wireMock().verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("That query is not valid:\\nline 1:1")));
        assertThat(answer.notInDocuments()).isFalse();
    }

    private static String v3Fact(String predicate) {
        return AnswerFixtures.store().allFacts().stream()
                .filter(f -> f.subject().name().equals("DeepSeek-V3") && f.predicate().name().equals(predicate))
                .findFirst().orElseThrow().id();
    }
}
