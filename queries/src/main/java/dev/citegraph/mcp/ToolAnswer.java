package dev.citegraph.mcp;

import io.modelcontextprotocol.spec.McpSchema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a tool answers, twice: as text a chat model reads and quotes (citations as numbered sources), and as
 * structured content for programs (the same citations as fields), both made from one answer by {@link AnswerMapper}.
 * An error is a tool error ({@code isError}), never a protocol failure, so the model can read it and try again.
 */
public record ToolAnswer(String text, Map<String, Object> structured, boolean error) {
    public ToolAnswer {
        Objects.requireNonNull(text, "text");
        structured = structured == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(structured));
    }

    public static ToolAnswer of(String text, Map<String, Object> structured) {
        return new ToolAnswer(text, structured, false);
    }

    public static ToolAnswer error(String text, Map<String, Object> structured) {
        return new ToolAnswer(text, structured, true);
    }

    public McpSchema.CallToolResult toResult() {
        return McpSchema.CallToolResult.builder(List.of(McpSchema.TextContent.builder(text).build()))
                .structuredContent(structured)
                .isError(error)
                .build();
    }
}
