package dev.citegraph.extractor.llm;

import dev.citegraph.graph.model.Table;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;

/**
 * The words sent to the model: fixed instructions (system message) and one section part verbatim (user message).
 * {@link #VERSION} is part of every cache key: change it whenever the instructions or the message layout change, so
 * answers to an older prompt are not reused.
 */
public final class ExtractionPrompt {

    public static final String VERSION = "facts-v1";

    public static final String INSTRUCTIONS = """
            You extract facts from one section of a technical report into a knowledge graph. Each fact must be \
            stated in the section, and its quote proves it.
            Answer with one JSON object and nothing else:
            {"facts": [{"subject": "...", "predicate": "...", "object": "...", "quote": "...", \
            "qualifiers": {"name": "value"}}]}
            - quote: copied character for character from the section text or a table row, the shortest span that \
            states the fact, one sentence or one row. Never paraphrase, shorten words or join sentences.
            - subject: what the fact is about, named as the report names it. When the text says "we", "our model" \
            or "the model", name the report's model.
            - predicate: a short snake_case relation, e.g. is_a, uses, based_on, outperforms, total_parameters, \
            activated_parameters, context_length, pretraining_tokens, training_cost, gpu_hours, benchmark_score.
            - object: a name, a short text, or a quantity written as in the report with its unit \
            ("2.788M GPU hours", "671B parameters", "$5.576M", "87.1%"). Every number in the object must appear in \
            the quote.
            - qualifiers (optional): conditions such as stage, benchmark, metric, shots, hardware, compared_to.
            - Version and size tokens are part of a name: "X-V2" and "X-V3" are different, "7B" is not "67B".
            - A table row is given as its cells separated by single spaces; quote the whole row as given and take \
            benchmark, metric and model names from the header and caption.
            - Prefer specific, checkable facts: sizes, costs, data, architecture, methods, results, comparisons. \
            Skip results the section attributes to other work.
            - If the section states no such fact, answer {"facts": []}.""";

    private ExtractionPrompt() {
    }

    /** The user message: where the text comes from, then the text itself unchanged, then the tables row by row. */
    public static String userMessage(SectionChunk chunk) {
        StringBuilder out = new StringBuilder();
        if (!chunk.documentTitle().isBlank()) out.append("Report: ").append(chunk.documentTitle()).append('\n');
        out.append("Section: ").append(chunk.label()).append("\n\n");
        if (!chunk.text().isBlank()) {
            out.append("Text:\n").append(chunk.text());
            if (!chunk.text().endsWith("\n")) out.append('\n');
        }
        for (Table table : chunk.tables()) {
            out.append('\n').append(table.label());
            if (!table.caption().isBlank()) out.append(": ").append(table.caption());
            out.append('\n');
            for (int row = 0; row < table.rows().size(); row++) out.append(table.rowText(row)).append('\n');
        }
        return out.toString();
    }

    /** The follow-up after an answer that could not be read: the reason, and the format once more. */
    public static String repairMessage(String parseError) {
        return "Your answer could not be read as the requested JSON (" + parseError + "). Answer again for the same "
                + "section with only the JSON object {\"facts\": [...]}, no other text.";
    }

    /** The wire contract as a JSON schema: OpenAI's {@code response_format}, Ollama's {@code format}. */
    public static ResponseFormat responseFormat() {
        JsonObjectSchema fact = JsonObjectSchema.builder()
                .addStringProperty("subject")
                .addStringProperty("predicate")
                .addStringProperty("object")
                .addStringProperty("quote", "verbatim from the section")
                .addProperty("qualifiers", JsonObjectSchema.builder().additionalProperties(true).build())
                .required("subject", "predicate", "object", "quote")
                .build();
        JsonObjectSchema root = JsonObjectSchema.builder()
                .addProperty("facts", JsonArraySchema.builder().items(fact).build())
                .required("facts")
                .build();
        return ResponseFormat.builder()
                .type(ResponseFormatType.JSON)
                .jsonSchema(JsonSchema.builder().name("facts").rootElement(root).build())
                .build();
    }
}
