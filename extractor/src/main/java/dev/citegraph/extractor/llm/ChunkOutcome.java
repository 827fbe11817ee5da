package dev.citegraph.extractor.llm;

import dev.citegraph.extractor.extract.CandidateFact;

import java.util.List;
import java.util.Objects;

/** What became of one section part: facts proposed (fresh or from the cache), or a failure with its reason. */
public sealed interface ChunkOutcome {

    SectionChunk chunk();

    /** Model calls made for this part: 0 from the cache, 2 when the first answer had to be repaired. */
    int calls();

    TokenCount tokens();

    record Extracted(SectionChunk chunk, List<CandidateFact> facts, int incomplete, boolean cached, int calls,
                     TokenCount tokens) implements ChunkOutcome {
        public Extracted {
            Objects.requireNonNull(chunk, "chunk");
            facts = List.copyOf(facts);
        }
    }

    record Failed(SectionChunk chunk, String reason, int calls, TokenCount tokens) implements ChunkOutcome {
        public Failed {
            Objects.requireNonNull(chunk, "chunk");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
