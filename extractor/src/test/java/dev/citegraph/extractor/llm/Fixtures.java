package dev.citegraph.extractor.llm;

import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.model.Table;
import dev.citegraph.extractor.ingest.IngestedReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A section as the DeepSeek-V3 report prints it (training costs, with Table 1), and model answers about it. */
final class Fixtures {

    static final String COST_TEXT = "Lastly, we emphasize again the economical training costs of DeepSeek-V3, "
            + "summarized in Table 1, achieved through our optimized co-design of algorithms, frameworks, and "
            + "hardware. During the pre-training stage, training DeepSeek-V3 on each trillion tokens requires only "
            + "180K H800 GPU hours, i.e., 3.7 days on our cluster with 2048 H800 GPUs. Consequently, our "
            + "pre-training stage is completed in less than two months and costs 2664K GPU hours. Combined with "
            + "119K GPU hours for the context length extension and 5K GPU hours for post-training, DeepSeek-V3 "
            + "costs only 2.788M GPU hours for its full training.";

    static final Table COST_TABLE = new Table("Table 1",
            "Training costs of DeepSeek-V3, assuming the rental price of H800 is $2 per GPU hour.", 5, List.of(
            List.of("Training Costs", "Pre-Training", "Context Extension", "Post-Training", "Total"),
            List.of("in H800 GPU Hours", "2664K", "119K", "5K", "2788K"),
            List.of("in USD", "$5.328M", "$0.238M", "$0.01M", "$5.576M")));

    static final Document V3 = new Document("deepseek-v3", "DeepSeek-V3 Technical Report", "DeepSeek_V3.pdf", "", 53);

    private Fixtures() {
    }

    static Section costSection() {
        return section("1", "Introduction", COST_TEXT, List.of(COST_TABLE));
    }

    static Section section(String number, String title, String text, List<Table> tables) {
        return new Section(Section.idFor(V3.id(), number, title), V3.id(), number, title,
                number.split("\\.").length, 5, 5, text, null, List.of(), tables);
    }

    static SectionChunk costChunk() {
        return new SectionChunk(V3.title(), costSection(), 1, 1, COST_TEXT, List.of(COST_TABLE));
    }

    static IngestedReport report(Section... sections) {
        return new IngestedReport(V3, List.of(sections));
    }

    /** A model answer kept under {@code src/test/resources/llm/answers}. */
    static String answer(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/llm/answers/" + name)) {
            if (in == null) throw new IllegalArgumentException("no fixture answer " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
