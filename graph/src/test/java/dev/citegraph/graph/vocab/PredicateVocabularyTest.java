package dev.citegraph.graph.vocab;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PredicateVocabularyTest {
    private final PredicateVocabulary vocabulary = PredicateVocabulary.builtIn();

    @Test
    void mapsSynonymsToTheirCanonicalName() {
        assertThat(vocabulary.canonical("adopts")).contains("uses");
        assertThat(vocabulary.canonical("Employs")).contains("uses");
        assertThat(vocabulary.canonical("total parameters")).contains("has_total_parameters");
    }

    @Test
    void keepsUnknownPredicatesAsSaid() {
        assertThat(vocabulary.canonical("reward_system")).isEmpty();
        assertThat(vocabulary.canonicalOrSelf("Reward System")).isEqualTo("reward_system");
    }

    @Test
    void letsAUserLineMoveASynonymToAnotherCanonicalName() {
        PredicateVocabulary edited = PredicateVocabulary.of(List.of("uses | adopts", "adopts_policy | adopts"));
        assertThat(edited.canonical("adopts")).contains("adopts_policy");
        assertThat(edited.spellings("uses")).containsExactly("uses");
    }

    @Test
    void aGeneralPredicateFindsItsDeclaredKinds() {
        assertThat(vocabulary.family("training_cost", Set.of())).containsExactly("training_cost",
                "training_cost_gpu_hours", "training_cost_usd");
        assertThat(vocabulary.parent("training_cost_usd")).contains("training_cost");
    }

    @Test
    void takesAnUnknownPredicateForAKindOfTheKnownOneItsWordsBeginWith() {
        assertThat(vocabulary.inferredParent("training_cost_dollars")).contains("training_cost");
        assertThat(vocabulary.inferredParent("training_costs_h800")).contains("training_cost");
        assertThat(vocabulary.inferredParent("gpu_hours_per_trillion_tokens")).as("known itself").isEmpty();
        assertThat(vocabulary.inferredParent("reward_system")).isEmpty();
        assertThat(vocabulary.family("training_cost", Set.of("training_cost_dollars", "reward_system", "gpu_hours_h800")))
                .containsExactly("training_cost", "training_cost_gpu_hours", "training_cost_usd",
                        "training_cost_dollars");
    }

    @Test
    void aUserLineDeclaresAKindBySynonymsToo() {
        PredicateVocabulary edited = PredicateVocabulary.of(List.of("training_cost | costs", "h800_hours < costs",
                "h800_hours_fp8 < h800_hours"));
        assertThat(edited.family("training_cost", Set.of())).containsExactly("training_cost", "h800_hours",
                "h800_hours_fp8");
        assertThat(edited.knows("h800_hours")).isTrue();
    }
}
