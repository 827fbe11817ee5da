package dev.citegraph.extractor.build;

import dev.citegraph.extractor.extract.CandidateFact;
import dev.citegraph.extractor.extract.DefaultFactAssembler;
import dev.citegraph.extractor.extract.FactAssembler;
import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReadOptions;
import dev.citegraph.extractor.normalize.EntityRegistry;
import dev.citegraph.extractor.rules.RulesExtractor;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.rdf.TdbGraphStore;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class ReportBuilderTest {

    @TempDir
    Path dir;

    /** The real assembler, noting each report it is prepared for. */
    private static final class RecordingAssembler implements FactAssembler {
        private final FactAssembler assembler;
        private final List<String> prepared = new CopyOnWriteArrayList<>();

        RecordingAssembler(FactAssembler assembler) {
            this.assembler = assembler;
        }

        @Override
        public void prepare(IngestedReport report) {
            prepared.add(report.document().id());
            assembler.prepare(report);
        }

        @Override
        public Fact assemble(Section section, CandidateFact candidate, String method) {
            return assembler.assemble(section, candidate, method);
        }
    }

    @Test
    void learnsEachReportOnceBeforeItsFactsAreAssembled() throws IOException {
        Path v3 = Files.writeString(dir.resolve("v3.md"), "# DeepSeek-V3 Technical Report\n\n## 1 Introduction\n\n"
                + "We pre-train DeepSeek-V3 on 14.8T tokens. DeepSeek-V3 adopts Multi-head Latent Attention (MLA).\n");
        Path v2 = Files.writeString(dir.resolve("v2.md"), "# DeepSeek-V2 Technical Report\n\n## 1 Introduction\n\n"
                + "We pre-train DeepSeek-V2 on 8.1T tokens. DeepSeek-V2 adopts DeepSeekMoE.\n");
        EntityRegistry registry = new EntityRegistry();
        RecordingAssembler assembler =
                new RecordingAssembler(new DefaultFactAssembler(PredicateVocabulary.builtIn(), registry));

        List<String> built;
        try (GraphStore store = new TdbGraphStore(dir.resolve("store"))) {
            built = new ReportBuilder(store, new RulesExtractor(assembler, registry), ReadOptions.defaults())
                    .buildAll(List.of(v3, v2), outcome -> { }).stream()
                    .map(outcome -> ((BuildOutcome.Built) outcome).document().id())
                    .toList();
        }

        assertThat(assembler.prepared).isEqualTo(built).hasSize(2);
        assertThat(registry.mainModel(built.get(0))).contains("DeepSeek-V3");
        assertThat(registry.mainModel(built.get(1))).contains("DeepSeek-V2");
        assertThat(registry.find("Multi-head Latent Attention")).hasValueSatisfying(
                entity -> assertThat(entity.aliases()).contains("MLA"));
    }
}
