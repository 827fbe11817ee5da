package dev.citegraph.queries.answer.ask;

import dev.citegraph.dsl.QueryException;
import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.extractor.llm.ReasoningBlocks;
import dev.citegraph.queries.query.QueryService;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Has the model write a citegraph query for a question and runs it. The query service is the judge: a query it
 * rejects (syntax, unknown names or predicates, a $parameter) goes back to the model once with the error message,
 * which names the position and the nearest known name; a second failure is reported rather than run.
 */
public final class QueryDrafter {
    private static final Pattern FENCE = Pattern.compile("```[a-zA-Z]*\\s*\\n?(.*?)```", Pattern.DOTALL);
    private static final Pattern LABEL = Pattern.compile("^(?i)(query|kgq|citegraph)\\s*:\\s*");
    private static final String INSTRUCTIONS = """
            You translate a question about technical reports into one query in citegraph's query language.
            Reply with the query only: no explanation.

            The language:
              facts about "NAME"
              match "NAME" PREDICATE ?x
              match ?m PREDICATE "NAME" . ?m PREDICATE ?v order by ?v desc
              match ?m PREDICATE ?v where ?v > 1T
              compare "NAME", "NAME" on PREDICATE, PREDICATE
            Names are in double quotes, spelled as in the list of known names; variables start with ?; predicates
            are bare words.

            Known predicates: %s
            Known names: %s""";

    private final ChatModel model;
    private final QueryService queries;

    public QueryDrafter(ChatModel model, QueryService queries) {
        this.model = model;
        this.queries = queries;
    }

    public QueryDraft draft(String question, Collection<String> predicates, Collection<String> names) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(INSTRUCTIONS.formatted(String.join(", ", predicates), names.stream()
                .map(n -> '"' + n + '"').reduce((a, b) -> a + ", " + b).orElse("(none)"))));
        messages.add(UserMessage.from(question));
        QueryDraft first = attempt(messages);
        if (first instanceof QueryDraft.Valid) return first;
        messages.add(AiMessage.from(first.text().isEmpty() ? "(no query)" : first.text()));
        messages.add(UserMessage.from("That query is not valid:\n" + ((QueryDraft.Invalid) first).error()
                + "\nReply with the corrected query only."));
        return attempt(messages);
    }

    private QueryDraft attempt(List<ChatMessage> messages) {
        String text = queryText(model.chat(messages).aiMessage().text());
        if (text.isEmpty()) return new QueryDraft.Invalid(text, "the answer held no query");
        try {
            return new QueryDraft.Valid(text, QueryAnswerFacts.of(
                    queries.answer(text, Map.of(), StatusFilter.VERIFIED_ONLY)));
        } catch (QueryException e) {
            return new QueryDraft.Invalid(text, e.getMessage());
        }
    }

    /** The query in a reply: the last fenced block if any, else the visible text, without a "Query:" label. */
    static String queryText(String reply) {
        String visible = ReasoningBlocks.visibleProse(reply);
        Matcher fence = FENCE.matcher(visible);
        String last = null;
        while (fence.find()) last = fence.group(1);
        String text = (last != null ? last : visible).strip();
        return LABEL.matcher(text).replaceFirst("").replaceAll("^`+|`+$", "").strip();
    }
}
