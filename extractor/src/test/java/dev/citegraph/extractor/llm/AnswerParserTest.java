package dev.citegraph.extractor.llm;

import dev.citegraph.extractor.extract.CandidateFact;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerParserTest {

    private final AnswerParser parser = new AnswerParser();

    @Test
    void readsFencedJsonAfterAThinkBlockAndIgnoresTheReasoning() {
        ParsedAnswer parsed = parser.parse(Fixtures.answer("qwen3-think-then-fenced.txt"));

        assertThat(parsed).isInstanceOf(ParsedAnswer.Facts.class);
        var facts = ((ParsedAnswer.Facts) parsed).facts();
        assertThat(facts).extracting(CandidateFact::object)
                .containsExactly("180K H800 GPU hours", "2.788M GPU hours");
        assertThat(facts.get(0).qualifiers()).isEqualTo(Map.of("stage", "pre-training", "hardware", "H800"));
        assertThat(facts).noneMatch(f -> f.quote().contains("Wait") || f.quote().contains("Let me"));
    }

    @Test
    void readsJsonSurroundedByProseEvenWithABracketedCitationAfterIt() {
        var facts = facts("llama-prose-around-json.txt");

        assertThat(facts).extracting(CandidateFact::predicate).containsExactly("pretraining_gpu_hours", "cluster_size");
    }

    @Test
    void acceptsASingleFactObjectInsteadOfAList() {
        var facts = facts("single-fact-object.txt");

        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.object()).isEqualTo("$5.576M");
            assertThat(f.quote()).isEqualTo("in USD $5.328M $0.238M $0.01M $5.576M");
        });
    }

    @Test
    void acceptsABareListAndAnEmptyFactList() {
        assertThat(parse("[{\"subject\":\"A\",\"predicate\":\"uses\",\"object\":\"B\",\"quote\":\"A uses B\"}]"))
                .isInstanceOf(ParsedAnswer.Facts.class);
        assertThat(parse("{\"facts\": []}")).isEqualTo(new ParsedAnswer.Facts(java.util.List.of(), 0));
    }

    @Test
    void reportsTruncatedJsonInsteadOfKeepingTheCompleteFactsBeforeTheCut() {
        ParsedAnswer parsed = parser.parse(Fixtures.answer("truncated-json.txt"));

        assertThat(parsed).isEqualTo(new ParsedAnswer.Unreadable("the JSON is cut off before it ends"));
    }

    @Test
    void neverTakesJsonFromInsideAnUnclosedReasoningBlock() {
        ParsedAnswer parsed = parser.parse(Fixtures.answer("r1-unclosed-think.txt"));

        assertThat(parsed).isInstanceOf(ParsedAnswer.Unreadable.class);
        assertThat(((ParsedAnswer.Unreadable) parsed).reason()).contains("reasoning");
    }

    @Test
    void dropsReasoningWhoseOpeningTagWasInThePrompt() {
        var parsed = parse("the model thinks {\"facts\": [1]} here</think>\n{\"facts\": [{\"subject\":\"A\","
                + "\"predicate\":\"uses\",\"object\":\"B\",\"quote\":\"A uses B\"}]}");

        assertThat(((ParsedAnswer.Facts) parsed).facts()).extracting(CandidateFact::object).containsExactly("B");
    }

    @Test
    void countsProposalsWithoutAQuoteOrObjectAsIncomplete() {
        ParsedAnswer parsed = parser.parse(Fixtures.answer("mixed-verdicts.txt"));

        assertThat(((ParsedAnswer.Facts) parsed).facts()).hasSize(4);
        assertThat(((ParsedAnswer.Facts) parsed).incomplete()).isEqualTo(1);
    }

    @Test
    void turnsNumbersAndNestedValuesIntoText() {
        var facts = ((ParsedAnswer.Facts) parse("{\"facts\":[{\"subject\":\"DeepSeek-V3\",\"predicate\":"
                + "\"total_parameters\",\"object\":671,\"quote\":\"671B total parameters\",\"qualifiers\":"
                + "{\"shots\":5,\"note\":null}}]}")).facts();

        assertThat(facts.get(0).object()).isEqualTo("671");
        assertThat(facts.get(0).qualifiers()).isEqualTo(Map.of("shots", "5"));
    }

    @Test
    void saysWhyAnAnswerWithoutJsonCannotBeRead() {
        assertThat(parse("I could not find any facts in this section.")).isEqualTo(
                new ParsedAnswer.Unreadable("no JSON object in the answer"));
        assertThat(parse("")).isEqualTo(new ParsedAnswer.Unreadable("the answer was empty"));
        assertThat(parse("{\"answer\": \"none\"}")).isEqualTo(
                new ParsedAnswer.Unreadable("the JSON has no \"facts\" list"));
    }

    private ParsedAnswer parse(String answer) {
        return parser.parse(answer);
    }

    private java.util.List<CandidateFact> facts(String fixture) {
        ParsedAnswer parsed = parser.parse(Fixtures.answer(fixture));
        assertThat(parsed).isInstanceOf(ParsedAnswer.Facts.class);
        return ((ParsedAnswer.Facts) parsed).facts();
    }
}
