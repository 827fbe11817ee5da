package dev.citegraph.graph.vocab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitVocabularyTest {
    private final UnitVocabulary vocabulary = UnitVocabulary.builtIn();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "GPU hours           | GPU hour",
            "GPU-hours           | GPU hour",
            "gpu  hours          | GPU hour",
            "params              | parameter",
            "parameters          | parameter",
            "$                   | USD",
            "dollars             | USD",
            "usd                 | USD",
            "GB/s                | GB/s",
            "gigabytes per second| GB/s",
            "tokens/s            | token per second",
            "TFLOPS              | TFLOPS",
            "teraflops           | TFLOPS",
            "percent             | %",
            "×                   | x",
            "Elo                 | Elo rating",
    })
    void readsTheSpellingsPeopleAndReportsWriteAsOneUnit(String spelling, String canonical) {
        assertThat(vocabulary.canonical(spelling)).contains(canonical);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "K        | 1000",
            "thousand | 1000",
            "M        | 1000000",
            "million  | 1000000",
            "B        | 1000000000",
            "billion  | 1000000000",
            "T        | 1000000000000",
            "Trillion | 1000000000000",
    })
    void readsScaleWordsAsTheirFactor(String word, String factor) {
        assertThat(vocabulary.scale(word)).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo(factor));
    }

    @Test
    void knowsNeitherAScaleAsAUnitNorAUnitAsAScale() {
        assertThat(vocabulary.canonical("billion")).isEmpty();
        assertThat(vocabulary.scale("parameters")).isEmpty();
        assertThat(vocabulary.canonical("furlongs")).isEmpty();
        assertThat(vocabulary.canonicalOrSelf(" furlongs ")).isEqualTo("furlongs");
    }

    @ParameterizedTest(name = "{0} starts with {1}")
    @CsvSource(delimiter = '|', value = {
            "GB/s of bandwidth                    | GB/s",
            "GB of memory                         | GB",
            "GPU hours per trillion tokens        | GPU hour per trillion tokens",
            "GPU hours in total                   | GPU hour",
            "tokens per second on a single node   | token per second",
    })
    void readsTheLongestUnitATextStartsWith(String text, String canonical) {
        assertThat(vocabulary.leadingUnit(text)).contains(canonical);
    }

    @Test
    void readsNoUnitInsideALongerWord() {
        assertThat(vocabulary.leadingUnit("tokenizer")).isEmpty();
        assertThat(vocabulary.leadingUnit("GBs")).isEmpty();
    }

    @Test
    void readsNoUnitWhereTheVocabularyHasNone() {
        assertThat(UnitVocabulary.of(List.of("scale 1e9 | bn")).leadingUnit(" tokens")).isEmpty();
    }

    @Test
    void listsEverySpellingOfAUnitCanonicalFirst() {
        assertThat(vocabulary.spellings("GPU hour")).startsWith("GPU hour").contains("GPU hours", "GPU-hours");
        assertThat(vocabulary.spellings("furlong")).isEmpty();
    }

    @Test
    void convertsAValueToTheSmallestUnitItsUnitConvertsTo() {
        UnitVocabulary units = UnitVocabulary.builtIn();

        assertThat(units.inSmallestUnit(new BigDecimal("1.5"), "terabytes"))
                .isEqualTo(new UnitVocabulary.Amount(new BigDecimal("1500000"), "MB"));
        assertThat(units.inSmallestUnit(new BigDecimal("2"), "days"))
                .isEqualTo(new UnitVocabulary.Amount(new BigDecimal("48"), "hour"));
        assertThat(units.inSmallestUnit(new BigDecimal("671000000000"), "params"))
                .isEqualTo(new UnitVocabulary.Amount(new BigDecimal("671000000000"), "parameter"));
    }

    @Test
    void refusesAConversionOfAUnitItDoesNotKnow() {
        assertThatThrownBy(() -> UnitVocabulary.of(List.of("GB | gigabyte", "convert TB = 1000 GB")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unit vocabulary: conversion of 'TB' names 'TB', which is not a canonical unit");
    }

    @Test
    void refusesASpellingClaimedByTwoUnits() {
        assertThatThrownBy(() -> UnitVocabulary.of(List.of("GB | gigabyte", "GiB | gigabyte")))
                .hasMessage("unit vocabulary: 'gigabyte' is claimed by 'GB' and by 'GiB': give each spelling to one unit");
    }

    @Test
    void readsAnEditedFileTheSameWay() {
        UnitVocabulary edited = UnitVocabulary.of(List.of("# money", "scale 1e9 | bn", "EUR | € | euros"));
        assertThat(edited.canonical("€")).contains("EUR");
        assertThat(edited.scale("BN")).contains(new BigDecimal("1e9"));
    }
}
