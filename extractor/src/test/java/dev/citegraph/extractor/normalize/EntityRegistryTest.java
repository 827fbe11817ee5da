package dev.citegraph.extractor.normalize;

import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.Section;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityRegistryTest {
    private final EntityRegistry registry = new EntityRegistry();

    private Entity resolve(String name) {
        return registry.resolve(name, "deepseek-v2").orElseThrow();
    }

    @Test
    void treatsSpacingHyphenAndCaseVariantsAsOneEntity() {
        Entity first = resolve("Multi-head Latent Attention");
        assertThat(resolve("Multi-Head Latent Attention").id()).isEqualTo(first.id());
        assertThat(resolve("multi head latent attention").id()).isEqualTo(first.id());
        assertThat(resolve("DeepSeek V2").id()).isEqualTo(resolve("DeepSeek-V2").id());
        assertThat(resolve("LLaMA 3 70B").id()).isEqualTo(resolve("LLaMA3 70B").id());
    }

    @Test
    void neverMergesAcrossVersionTokens() {
        assertThat(resolve("DeepSeek-V2").id()).isNotEqualTo(resolve("DeepSeek-V3").id());
        assertThat(registry.declareAlias("DeepSeek-V3", "DeepSeek-V2")).isFalse();
        assertThat(resolve("DeepSeek-V3").name()).isEqualTo("DeepSeek-V3");
    }

    @Test
    void neverMergesAModelWithItsLiteVariant() {
        assertThat(resolve("DeepSeek-V2-Lite").id()).isNotEqualTo(resolve("DeepSeek-V2").id());
        assertThat(registry.declareAlias("DeepSeek-V2-Lite", "DeepSeek-V2")).isFalse();
    }

    @Test
    void neverMergesAcrossSizeTokens() {
        assertThat(resolve("DeepSeek 7B").id()).isNotEqualTo(resolve("DeepSeek 67B").id());
        assertThat(resolve("Qwen2.5 7B").id()).isNotEqualTo(resolve("Qwen2 57B").id());
        assertThat(registry.declareAlias("DeepSeek 7B", "DeepSeek 67B")).isFalse();
    }

    @Test
    void showsADefinedNameByItsLongFormWithTheShortFormAsAlias() {
        Entity tp = resolve("Tensor Parallelism (TP)");
        assertThat(tp.name()).isEqualTo("Tensor Parallelism");
        assertThat(tp.aliases()).contains("TP");
        assertThat(resolve("TP").id()).isEqualTo(tp.id());
        assertThat(resolve("tensor parallelism").id()).isEqualTo(tp.id());
        assertThat(registry.find("TP").orElseThrow().name()).isEqualTo("Tensor Parallelism");
    }

    @Test
    void keepsAClusterApartFromTheGpuItIsBuiltOf() {
        Entity cluster = resolve("H800 cluster");
        assertThat(cluster.name()).isEqualTo("H800 cluster");
        assertThat(resolve("the NVIDIA H800 cluster").id()).isEqualTo(cluster.id());
        assertThat(resolve("H800").id()).isNotEqualTo(cluster.id());
        assertThat(resolve("NVIDIA H800 GPUs").name()).isEqualTo("H800");
    }

    @Test
    void doesNotTakeABracketedVariantForAShortForm() {
        assertThat(resolve("DeepSeek-V2 Chat (RL)").name()).isEqualTo("DeepSeek-V2 Chat (RL)");
        assertThat(resolve("DeepSeek-V2 Chat (RL)").id()).isNotEqualTo(resolve("DeepSeek-V2").id());
    }

    @Test
    void dropsArticlesVendorsReferencesAndGenericHeadNouns() {
        assertThat(resolve("the AdamW optimizer (Loshchilov and Hutter, 2017)").name()).isEqualTo("AdamW");
        assertThat(resolve("NVIDIA H800 GPUs").name()).isEqualTo("H800");
        assertThat(resolve("HAI-LLM framework").name()).isEqualTo("HAI-LLM");
        assertThat(resolve("Mixture-of-Experts language model").name())
                .isEqualTo("Mixture-of-Experts language model");
    }

    @Test
    void resolvesWeToTheMainModelTheReportMakesClear() {
        Section intro = new Section("deepseek-v2#1", "deepseek-v2", "1", "Introduction", 1, 4, 4,
                "In this paper, we introduce DeepSeek-V2, a strong open-source Mixture-of-Experts (MoE) language "
                        + "model. We design Multi-head Latent Attention (MLA).", null, List.of(), List.of());
        registry.learn(new IngestedReport(new Document("deepseek-v2", "deepseek-v2", "", "", 52), List.of(intro)));
        assertThat(resolve("we").name()).isEqualTo("DeepSeek-V2");
        assertThat(resolve("our model").name()).isEqualTo("DeepSeek-V2");
        assertThat(resolve("MLA").name()).isEqualTo("Multi-head Latent Attention");
        assertThat(resolve("MoE").name()).isEqualTo("Mixture-of-Experts");
    }

    @Test
    void takesTheMainModelFromTheTitleFirst() {
        IngestedReport report = new IngestedReport(
                new Document("deepseek-v3", "DeepSeek-V3 Technical Report", "", "", 53), List.of());
        registry.learn(report);
        assertThat(registry.mainModel("deepseek-v3")).contains("DeepSeek-V3");
        assertThat(registry.resolve("it", "deepseek-v3")).isEmpty();
    }
}
