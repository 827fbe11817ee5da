package dev.citegraph.graph.vocab;

import org.junit.jupiter.api.Test;

import java.util.List;

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
}
