package dev.citegraph.queries.serve;

import dev.citegraph.extractor.extract.DefaultFactAssembler;
import dev.citegraph.extractor.extract.Extractor;
import dev.citegraph.extractor.normalize.EntityRegistry;
import dev.citegraph.extractor.rules.RulesExtractor;
import dev.citegraph.graph.vocab.PredicateVocabulary;

/** The offline rules extractor, as kg serve builds with it. */
final class TestExtractors {
    private TestExtractors() {
    }

    static Extractor rules() {
        EntityRegistry registry = new EntityRegistry();
        return new RulesExtractor(new DefaultFactAssembler(PredicateVocabulary.builtIn(), registry), registry);
    }
}
