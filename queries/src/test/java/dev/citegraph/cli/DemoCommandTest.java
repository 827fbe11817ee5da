package dev.citegraph.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code kg demo}: the whole path on the bundled samples, through the command line. */
class DemoCommandTest {

    @Test
    void buildsTheSamplesAndAnswersEachQuestionWithCitations() {
        KgRun run = KgRun.of("demo");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("lumen-1.md: 7 sections", "lumen-2.md: 10 sections")
                .contains("480K GPU hours [stage=pre-training]")
                .contains("lumen-2 §3.3 Training Costs: \"Pre-Training 480K $0.96M\"")
                .contains("pretraining_tokens    2.5T tokens [2]  6.2T tokens [3]")
                .contains("lumen-1 §3.1 Data: \"The pre-training corpus contains 2.5T tokens, mostly English web text.\"");
    }
}
