package dev.citegraph.queries.answer.ask;

import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.queries.answer.AnswerFixtures;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractiveAskTest {
    private final Asker asker = new Asker(AnswerFixtures.store(), PredicateVocabulary.builtIn(),
            Clock.fixed(Instant.parse("2026-11-28T21:00:00Z"), ZoneOffset.UTC));

    @Test
    void answersWithTheBestMatchingVerifiedFactsEachCitingItself() {
        Answer answer = asker.ask("How many total and activated parameters does DeepSeekMoE 16B have?");

        assertThat(answer.model()).isEqualTo(Answer.EXTRACTIVE);
        assertThat(answer.cited()).extracting(Fact::id)
                .contains(gold("moe-014"), gold("moe-015"));
        assertThat(answer.text()).contains("DeepSeekMoE 16B | has_total_parameters | approximately 16.4B")
                .contains("[" + gold("moe-014") + "]");
    }

    @Test
    void saysNotInTheDocumentsForAModelTheReportsNeverMention() {
        Answer answer = asker.ask("What is GPT-4's parameter count?");

        assertThat(answer.notInDocuments()).isTrue();
        assertThat(answer.text()).isEqualTo(Answer.NOT_IN_DOCUMENTS);
        assertThat(answer.cited()).isEmpty();
    }

    @Test
    void keepsModelVersionsApart() {
        Answer answer = asker.ask("How many total parameters does DeepSeek-V3 have?");

        assertThat(answer.cited()).isNotEmpty().allSatisfy(f -> assertThat(f.subject().name()).isEqualTo("DeepSeek-V3"));
    }

    private static String gold(String goldId) {
        return AnswerFixtures.gold().get(goldId).fact().id();
    }
}
