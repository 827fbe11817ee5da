package dev.citegraph.queries.query.render;

import dev.citegraph.queries.query.Answer;

/** The output formats of an answer: a table for people; JSON, CSV and Markdown for programs and documents. */
public enum Format {
    TABLE, JSON, CSV, MARKDOWN;

    public String render(Answer answer) {
        return switch (this) {
            case TABLE -> answer.accept(new TableRenderer());
            case JSON -> JsonRenderer.render(answer);
            case CSV -> answer.accept(new CsvRenderer());
            case MARKDOWN -> answer.accept(new MarkdownRenderer());
        };
    }
}
