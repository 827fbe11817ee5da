package dev.citegraph.extractor.verify;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumberCheckTest {

    @ParameterizedTest(name = "{0} is stated by \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "2664K GPU hours | Pre-Training 2664K 119K 5K 2788K",
            "2,664K | requires 2664K GPU hours",
            "2.664M GPU hours | requires 2664K GPU hours",
            "2664000 | requires 2664K GPU hours",
            "2.788M | in H800 GPU Hours 2664K 119K 5K 2788K",
            "14.8T tokens | on 14.8 trillion diverse and high-quality tokens",
            "93.3% | reduces the KV cache by 93.3%",
            "0.933 | reduces the KV cache by 93.3%",
            "5.76 times | boosts the throughput to 5.76×",
            "0.00024 | The maximum learning rate is set to 2.4 × 10−4 ,",
            "2 epochs | for two epochs using the above curated dataset",
            "4.2 × 10−4 | The maximum learning rate is set to 4.2 × 10−4.",
            "DeepSeek 67B | compared with DeepSeek 67B, DeepSeek-V2 saves",
    })
    void findsEveryNumberOfTheObjectInSomeSpelling(String object, String quote) {
        assertThat(NumberCheck.missing(object, quote)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is not stated by \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "2.8M GPU hours | requires only 2.788M H800 GPU hours",
            "37B | 61 layers with 37 heads",
            "70B | compared with DeepSeek 67B",
            "93.3% | reduces the KV cache by 93%",
    })
    void reportsANumberTheQuoteDoesNotState(String object, String quote) {
        assertThat(NumberCheck.missing(object, quote)).isNotEmpty();
    }
}
