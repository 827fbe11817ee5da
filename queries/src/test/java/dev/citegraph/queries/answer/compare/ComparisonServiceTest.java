package dev.citegraph.queries.answer.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.queries.answer.AnswerFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonServiceTest {
    private final ComparisonService service = new ComparisonService(AnswerFixtures.store(),
            PredicateVocabulary.builtIn());

    @Test
    void comparesTwoModelGenerationsAttributeByAttributeWithNotReportedCells() {
        Comparison comparison = compared(List.of("DeepSeek-V2", "DeepSeek-V3"),
                List.of("total_parameters", "pretraining_tokens", "routed_experts"));

        assertThat(ComparisonFormat.TABLE.render(comparison)).startsWith("""
                attribute            | DeepSeek-V2         | DeepSeek-V3
                ---------------------+---------------------+--------------------
                has_total_parameters | 236B parameters [1] | 671B parameters [2]
                pretraining_tokens   | 8.1T tokens [3]     | 14.8T tokens [4]
                num_routed_experts   | 160 experts [5]     | not reported
                """).contains("[2] deepseek-v3 §1 Introduction, p.4: \"671B total parameters\"");
    }

    @Test
    void namesMatchAliasesAndCaseButNeverAnotherVersion() {
        Comparison comparison = compared(List.of("deepseek v3"), List.of("total_parameters"));

        assertThat(comparison.rows().get(0).cells().get(0)).extracting(CellValue::display)
                .containsExactly("671B parameters");
        assertThat(service.compare(List.of("DeepSeek-V4"), List.of()))
                .isInstanceOfSatisfying(ComparisonService.Outcome.UnknownNames.class,
                        unknown -> assertThat(unknown.names()).containsExactly("DeepSeek-V4"));
    }

    @Test
    void withoutPredicatesComparesOnThoseBothHaveFactsOn() {
        Comparison comparison = compared(List.of("DeepSeek-V2", "DeepSeek-V3"), List.of());

        assertThat(comparison.rows()).extracting(ComparisonRow::attribute).containsExactly(
                "uses", "has_total_parameters", "has_activated_parameters_per_token", "pretraining_tokens");
    }

    @Test
    void writesMarkdownWithFootnotesCsvWithSourceColumnsAndJson() throws Exception {
        Comparison comparison = compared(List.of("DeepSeek-V2", "DeepSeek-V3"), List.of("total_parameters"));

        assertThat(ComparisonFormat.MARKDOWN.render(comparison)).isEqualTo("""
                | attribute | DeepSeek-V2 | DeepSeek-V3 |
                |---|---|---|
                | has_total_parameters | 236B parameters[^1] | 671B parameters[^2] |

                [^1]: deepseek-v2 §3.1.2 Hyper-Parameters, p.12: "Under this configuration, DeepSeek-V2 comprises 236B total parameters, of which 21B are activated for each token."
                [^2]: deepseek-v3 §1 Introduction, p.4: "671B total parameters"
                """);
        assertThat(ComparisonFormat.CSV.render(comparison)).startsWith(
                "attribute,DeepSeek-V2,DeepSeek-V2 sources,DeepSeek-V3,DeepSeek-V3 sources\r\n"
                        + "has_total_parameters,236B parameters,");
        JsonNode json = new ObjectMapper().readTree(ComparisonFormat.JSON.render(comparison));
        assertThat(json.at("/rows/0/cells/1/values/0/display").asText()).isEqualTo("671B parameters");
        assertThat(json.at("/footnotes/1/quote").asText()).isEqualTo("671B total parameters");
    }

    private Comparison compared(List<String> names, List<String> predicates) {
        ComparisonService.Outcome outcome = service.compare(names, predicates);
        assertThat(outcome).isInstanceOf(ComparisonService.Outcome.Compared.class);
        return ((ComparisonService.Outcome.Compared) outcome).comparison();
    }
}
