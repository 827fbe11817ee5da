package dev.citegraph.cli;

import dev.citegraph.extractor.llm.LlmSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ModelOptionsTest {

    private static final List<String> MODEL_FLAGS =
            List.of("--llm=PROVIDER:MODEL", "--llm-base-url=URL", "--llm-timeout=SECONDS", "--config=FILE");

    @TempDir
    Path home;

    @CommandLine.Command(name = "ask")
    static final class Ask implements Runnable {
        @CommandLine.Mixin
        ModelOptions model;

        @Override
        public void run() {
        }
    }

    @Test
    void askAndBuildListEachModelFlagOnce() {
        KgRun ask = KgRun.of("ask", "--help");
        KgRun build = KgRun.of("build", "--help");

        assertThat(ask.exitCode()).isZero();
        assertThat(build.exitCode()).isZero();
        for (String flag : MODEL_FLAGS) {
            assertThat(optionRows(ask.out(), flag)).as("kg ask --help: %s", flag).isEqualTo(1);
            assertThat(optionRows(build.out(), flag)).as("kg build --help: %s", flag).isEqualTo(1);
        }
    }

    @Test
    void answeringReachesTheModelWithoutACache() {
        LlmSettings settings = options("--llm", "ollama:qwen3:8b", "--llm-base-url", "gpu-box:11434",
                "--llm-timeout", "60").settings(Map.of("HOME", home.toString())).orElseThrow();

        assertThat(settings.spec().toString()).isEqualTo("ollama:qwen3:8b");
        assertThat(settings.baseUrl()).isEqualTo("http://gpu-box:11434");
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.cacheDir()).isNull();
    }

    private static long optionRows(String help, String flag) {
        return Pattern.compile("(?m)^\\s+" + Pattern.quote(flag) + "\\s").matcher(help).results().count();
    }

    private static ModelOptions options(String... args) {
        Ask ask = new Ask();
        new CommandLine(ask).parseArgs(args);
        return ask.model;
    }
}
