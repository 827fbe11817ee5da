package dev.citegraph.extractor.rules;

import dev.citegraph.extractor.extract.CandidateFact;
import dev.citegraph.extractor.extract.ExtractionResult;
import dev.citegraph.extractor.extract.Extractor;
import dev.citegraph.extractor.extract.FactAssembler;
import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.normalize.EntityRegistry;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The extractor that needs no LLM. It proposes quantity phrases about models (the abstract's headline numbers
 * among them), "X adopts / uses / employs Y" sentences, cost-table cells and the benchmark-table scores of the
 * report's own models, and sends every proposal through the same {@link FactAssembler} as an LLM's: what it cannot
 * quote from the report is rejected like anything else.
 */
public final class RulesExtractor implements Extractor {
    public static final String METHOD = "rules";

    private final FactAssembler assembler;
    private final EntityRegistry registry;

    public RulesExtractor(FactAssembler assembler, EntityRegistry registry) {
        this.assembler = assembler;
        this.registry = registry;
    }

    @Override
    public ExtractionResult extract(IngestedReport report) {
        assembler.prepare(report);
        ModelMentions models = new ModelMentions(registry.mainModel(report.document().id()).orElse(null));
        List<Fact> facts = new ArrayList<>();
        for (Section section : report.sections()) {
            for (CandidateFact candidate : propose(section, models)) {
                facts.add(assembler.assemble(section, candidate, METHOD));
            }
        }
        return ExtractionResult.merging(facts, List.of());
    }

    /** What the rules read in one section, before verification. */
    static List<CandidateFact> propose(Section section, ModelMentions models) {
        List<CandidateFact> candidates = new ArrayList<>();
        String text = section.text();
        List<String> tableRows = tableRows(section);
        for (Sentences.Span span : Sentences.split(text)) {
            String sentence = span.of(text).replaceAll("\\s+", " ");
            // A table printed in the text reads as one long "sentence"; its cells are the table rules' to read.
            if (tableRows.stream().anyMatch(sentence::contains)) continue;
            candidates.addAll(QuantityRules.propose(sentence, models));
            candidates.addAll(UsageRules.propose(sentence, models));
        }
        for (Table table : section.tables()) {
            candidates.addAll(TableRules.propose(table, models));
            candidates.addAll(BenchmarkTables.propose(table, models));
        }
        return candidates;
    }

    private static List<String> tableRows(Section section) {
        List<String> rows = new ArrayList<>();
        for (Table table : section.tables()) {
            for (int r = 1; r < table.rows().size(); r++) {
                if (table.rows().get(r).size() > 1) rows.add(table.rowText(r));
            }
        }
        return rows;
    }

    @Override
    public String method() {
        return METHOD;
    }
}
