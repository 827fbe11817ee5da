package dev.citegraph.queries.answer.ask;

import dev.citegraph.extractor.llm.ReasoningBlocks;
import dev.citegraph.graph.model.Fact;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Has the model answer a question from the given facts only, then checks the answer: a sentence is kept only when it
 * cites at least one fact and every fact it cites was among those given.
 */
final class AnswerWriter {
    private static final String INSTRUCTIONS = """
            You answer questions about technical reports using only the facts given below, never your own knowledge.
            End every sentence with the ids of the facts it rests on, in square brackets, e.g. [f-0123456789abcdef].
            Cite only ids from the list. Keep the reports' numbers and units as written.
            If the facts do not answer the question, reply exactly: Not in the documents.""";

    private final ChatModel model;

    AnswerWriter(ChatModel model) {
        this.model = model;
    }

    List<CheckedSentence> write(String question, List<Fact> given) {
        String facts = FactCards.cards(given);
        String reply = model.chat(SystemMessage.from(INSTRUCTIONS),
                UserMessage.from("Facts:\n" + facts + "\n\nQuestion: " + question)).aiMessage().text();
        Set<String> ids = given.stream().map(Fact::id).collect(Collectors.toSet());
        return CitationCheck.check(ReasoningBlocks.visibleProse(reply), ids);
    }
}
