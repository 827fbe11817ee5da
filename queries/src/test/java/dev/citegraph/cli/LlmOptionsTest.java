package dev.citegraph.cli;

import dev.citegraph.extractor.llm.LlmSettings;
import dev.citegraph.graph.error.UserFault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LlmOptionsTest {

    @TempDir
    Path home;

    @CommandLine.Command(name = "build")
    static final class Build implements Runnable {
        @CommandLine.Mixin
        LlmOptions llm;

        @Override
        public void run() {
        }
    }

    @Test
    void readsModelServerConcurrencyAndCacheFromFlags() {
        LlmSettings settings = options("--llm", "ollama:qwen2.5:14b", "--llm-base-url", "http://gpu-box:11434",
                "--concurrency", "8", "--llm-timeout", "120", "--cache-dir", home.resolve("cache").toString())
                .settings(env()).orElseThrow();

        assertThat(settings.spec().toString()).isEqualTo("ollama:qwen2.5:14b");
        assertThat(settings.baseUrl()).isEqualTo("http://gpu-box:11434");
        assertThat(settings.concurrency()).isEqualTo(8);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.cacheDir()).isEqualTo(home.resolve("cache"));
    }

    @Test
    void leavesExtractionToTheRulesWhenNoModelIsConfigured() {
        LlmOptions options = options("--dry-run");

        assertThat(options.settings(env())).isEmpty();
        assertThat(options.dryRun()).isTrue();
    }

    @Test
    void turnsConfigurationMistakesIntoOneLineUserErrors() {
        assertThatThrownBy(() -> options("--llm", "gpt-4o-mini").settings(env()))
                .isInstanceOf(UserFault.class)
                .hasMessageStartingWith("--llm 'gpt-4o-mini': no provider; write PROVIDER:MODEL");
        assertThatThrownBy(() -> options("--llm", "openai:gpt-4o-mini").settings(env()))
                .isInstanceOf(UserFault.class).hasMessageContaining("set OPENAI_API_KEY");
        assertThatThrownBy(() -> options("--llm", "ollama:qwen2.5:14b", "--concurrency", "0").settings(env()))
                .isInstanceOf(UserFault.class).hasMessage("--concurrency must be at least 1, was 0");
    }

    @Test
    void showsEveryOptionInTheCommandHelp() {
        StringWriter help = new StringWriter();
        new CommandLine(new Build()).usage(new PrintWriter(help));

        assertThat(help.toString()).contains("--llm=PROVIDER:MODEL", "--llm-base-url=URL", "--concurrency=N",
                "--llm-timeout=SECONDS", "--cache-dir=DIR", "--no-cache", "--dry-run", "--config=FILE");
    }

    private Map<String, String> env() {
        return Map.of("HOME", home.toString());
    }

    private static LlmOptions options(String... args) {
        Build build = new Build();
        new CommandLine(build).parseArgs(args);
        return build.llm;
    }
}
