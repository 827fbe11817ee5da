package dev.citegraph.cli;

import dev.citegraph.extractor.eval.Evaluation;
import dev.citegraph.extractor.eval.Evaluator;
import dev.citegraph.extractor.eval.GoldFact;
import dev.citegraph.extractor.eval.GoldFacts;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code kg eval --gold FILE...}: how the graph's verified facts compare with hand-checked gold facts. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Compare the graph's verified facts with gold facts (JSONL, the format of "
        + "corpus/gold/facts): recall, precision and the gold facts missed.")
final class EvalCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", arity = "1..*", required = true, paramLabel = "FILE",
            description = "Gold fact files, one JSON fact a line.")
    List<Path> goldFiles;

    @Option(names = "--vocabulary", paramLabel = "FILE",
            description = "Your predicate vocabulary, added to the built-in one (as for kg build).")
    Path vocabularyFile;

    @Option(names = "--unmatched", description = "Also list the verified facts that match no gold fact.")
    boolean listUnmatched;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        List<GoldFact> gold = GoldFacts.read(goldFiles);
        List<Fact> facts;
        try (GraphStore store = storeOptions.open()) {
            facts = store.allFacts();
        }
        PredicateVocabulary vocabulary = vocabularyFile == null
                ? PredicateVocabulary.builtIn() : PredicateVocabulary.withUserFile(vocabularyFile);
        Evaluator evaluator = new Evaluator(vocabulary);
        Evaluation overall = evaluator.evaluate(gold, facts);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("gold facts: %d in %s%n", gold.size(), String.join(", ", byDocument(gold).keySet()));
        printFigures(out, "", overall);
        if (byDocument(gold).size() > 1) {
            byDocument(gold).forEach((doc, ofDoc) -> printFigures(out, "  " + doc + ": ",
                    evaluator.evaluate(ofDoc, facts)));
        }
        if (overall.factsConsidered() == 0) {
            out.println("note: the store holds no verified facts of these documents; build them first "
                    + "(kg build FILE... with the same --data or --neo4j)");
        }
        out.printf("misses (%d):%n", overall.misses().size());
        overall.misses().forEach(m -> out.println("  " + m.gold().describe() + "  -- " + m.why()));
        if (listUnmatched) {
            out.printf("unmatched verified facts (%d):%n", overall.unmatched().size());
            overall.unmatched().forEach(f -> out.println("  " + f.subject().name() + " " + f.predicate().name()
                    + " " + f.object().display() + "  " + f.citations().get(0).render()));
        }
        return 0;
    }

    private static Map<String, List<GoldFact>> byDocument(List<GoldFact> gold) {
        return gold.stream().collect(Collectors.groupingBy(GoldFact::document, LinkedHashMap::new,
                Collectors.toList()));
    }

    private static void printFigures(PrintWriter out, String prefix, Evaluation e) {
        out.printf("%srecall %.3f (%d of %d gold facts found), precision %.3f (%d of %d verified facts match "
                        + "a gold fact)%n", prefix, e.recall(), e.found().size(), e.goldCount(), e.precision(),
                e.factsMatched(), e.factsConsidered());
    }
}
