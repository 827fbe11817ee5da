package dev.citegraph.extractor.normalize;

import dev.citegraph.graph.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityParserTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "2664K GPU hours | 2664000 | GPU hour",
            "2,664K GPU hours | 2664000 | GPU hour",
            "2.664M GPU hours | 2664000 | GPU hour",
            "2,664,000 GPU hours | 2664000 | GPU hour",
            "2.788M H800 GPU hours | 2788000 | GPU hour",
            "$5.576M | 5576000 | USD",
            "14.8T tokens | 14800000000000 | token",
            "14.8 trillion diverse and high-quality tokens | 14800000000000 | token",
            "671B total parameters | 671000000000 | parameter",
            "93.3% | 93.3 | %",
            "5.76× | 5.76 | x",
            "5.76 times that of DeepSeek 67B | 5.76 | x",
            "2.4 × 10−4 | 0.00024 | ''",
            "1e-4 | 0.0001 | ''",
            "63 routed experts (plus 1 shared expert) | 63 | expert",
            "6 out of 64 routed experts | 6 | expert",
            "rises from 1.808 to 2.414 | 2.414 | ''",
            "exceeding 50K tokens per second on a single node with 8 H800 GPUs | 50000 | token per second",
            "about 600k reasoning related training samples | 600000 | sample",
            "2,029 Elo rating | 2029 | Elo rating",
            "16-way zero-bubble pipeline parallelism | 16 | way",
            "a single GPU with 40GB of memory | 40 | GB",
            "approximately 16.4B | 16400000000 | ''",
            "50 GB/s of bandwidth | 50 | GB/s",
            "3.2 TB/s | 3.2 | TB/s",
            "989 TFLOPS per GPU | 989 | TFLOPS",
            "180K GPU hours per trillion tokens | 180000 | GPU hour per trillion tokens",
            "2048 H800 GPUs | 2048 | GPU",
            "1,000 US dollars | 1000 | USD",
            "236B params | 236000000000 | parameter",
    })
    void readsValueAndUnitInTheSpellingsReportsUse(String text, String value, String unit) {
        Quantity q = QuantityParser.parse(text).orElseThrow();
        assertThat(q.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(q.unit()).isEqualTo(unit);
        assertThat(q.text()).isEqualTo(text);
    }

    @Test
    void takesTheUnitThePredicateImpliesForABareNumber() {
        assertThat(QuantityParser.parse("100K", "tokenizer_vocabulary_size").orElseThrow().unit()).isEqualTo("token");
        assertThat(QuantityParser.parse("60", "num_transformer_layers").orElseThrow().unit()).isEqualTo("layer");
        assertThat(QuantityParser.parse("5120", "hidden_dimension").orElseThrow().unit()).isEmpty();
    }

    @Test
    void countsAPercentOfABenchmarkAsAScore() {
        Quantity q = QuantityParser.parse("79.8%", "benchmark_score").orElseThrow();
        assertThat(q.unit()).isEqualTo("score");
        assertThat(q.value()).isEqualByComparingTo("79.8");
    }

    @Test
    void doesNotReadNumbersThatBelongToANameAsAQuantity() {
        assertThat(QuantityParser.parse("GPT-4-Turbo-1106-Preview")).isEmpty();
        assertThat(QuantityParser.parse("DeepSeek 67B")).isEmpty();
        assertThat(QuantityParser.parse("Mixtral 8x22B")).isEmpty();
        assertThat(QuantityParser.parse("FP8 mixed precision training")).isEmpty();
        assertThat(QuantityParser.parse("DeepSeek-V3")).isEmpty();
    }

    @Test
    void readsAListOfLikeNumbersAsNoSingleQuantity() {
        assertThat(QuantityParser.parse("1.5B, 7B, 8B, 14B, 32B and 70B dense models")).isEmpty();
    }
}
