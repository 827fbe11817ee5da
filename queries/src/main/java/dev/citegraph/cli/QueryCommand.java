package dev.citegraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code kg query '<query>'}: ask the graph in citegraph's query language. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Ask the graph in citegraph's query language; every answer row carries its citations.",
                "Examples:",
                "  kg query 'facts about \"DeepSeek-V3\"'",
                "  kg query 'match ?m uses \"MLA\" . ?m pretraining_tokens ?t order by ?t desc'",
                "  kg query 'compare \"DeepSeek-V2\", \"DeepSeek-V3\" on total_parameters, pretraining_tokens'",
                "  kg query 'match $model uses ?x' --param model=DeepSeek-V3",
                "  kg query 'explain count ?m where ?m uses \"FP8 mixed precision training\" group by document'"})
public final class QueryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "QUERY", description = "The query (quote it for the shell).")
    String query;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A value for $NAME in the query (repeatable).")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Mixin
    QueryOptions options;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        options.answer(query, parameters, spec.commandLine().getOut());
        return 0;
    }
}
