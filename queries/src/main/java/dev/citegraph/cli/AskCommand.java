package dev.citegraph.cli;

import dev.citegraph.extractor.llm.ChatModels;
import dev.citegraph.extractor.llm.LlmSettings;
import dev.citegraph.extractor.llm.http.HttpStatusException;
import dev.citegraph.extractor.llm.http.ModelServerUnreachableException;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.queries.answer.ask.Answer;
import dev.citegraph.queries.answer.ask.AnswerFormat;
import dev.citegraph.queries.answer.ask.Asker;
import dev.citegraph.queries.answer.log.QaLog;
import dev.citegraph.queries.answer.log.QaRecords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code kg ask "How many parameters does DeepSeek-V3 have?"}: an answer from verified facts only, cited. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Answer a question from the graph's verified facts, citing each one. With --llm a model "
                + "writes the answer (every sentence must cite facts it was given); without, the best-matching "
                + "facts are the answer. \"Not in the documents.\" when no fact supports one."})
final class AskCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "QUESTION", description = "The question, in quotes.")
    String question;

    @Mixin
    ModelOptions model;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--log", defaultValue = ".citegraph/qa-log.jsonl", paramLabel = "FILE",
            description = "Q&A log, one JSON line per question (default: ${DEFAULT-VALUE}).")
    Path log;

    @Option(names = "--no-log", description = "Do not write the question to the Q&A log.")
    boolean noLog;

    @Override
    public Integer call() {
        AnswerFormat output = parseFormat(format);
        Optional<LlmSettings> settings = model.settings();
        Optional<ServerClient> server = ServerClient.forStore(store.config());
        if (server.isPresent()) {
            // The server answers with its own model (if any) and keeps the Q&A log itself.
            PrintWriter out = spec.commandLine().getOut();
            out.print(server.get().ask(question, settings.isPresent(), !noLog, output.name().toLowerCase(Locale.ROOT)));
            out.flush();
            return 0;
        }
        try (GraphStore graph = store.open()) {
            Asker asker = new Asker(graph, PredicateVocabulary.builtIn(), Clock.systemUTC());
            Answer answer = settings.isEmpty() ? asker.ask(question)
                    : asker.ask(question, ChatModels.create(settings.get()), settings.get().spec().toString());
            if (!noLog) new QaLog(log).append(QaRecords.of(answer));
            PrintWriter out = spec.commandLine().getOut();
            out.print(output.render(answer));
            // print() does not trigger autoflush, and kg exits right after the command
            out.flush();
            return 0;
        } catch (ModelServerUnreachableException | HttpStatusException e) {
            throw new UserException("the model did not answer: " + e.getMessage()
                    + " (check --llm and --llm-base-url, or ask without --llm for an extractive answer)", e);
        }
    }

    private static AnswerFormat parseFormat(String text) {
        return Choices.named(AnswerFormat.class, text).orElseThrow(
                () -> new UserException("unknown format '" + text + "' (use text or json)"));
    }
}
