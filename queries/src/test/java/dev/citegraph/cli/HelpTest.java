package dev.citegraph.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The README promises that every command has {@code --help}. */
class HelpTest {

    static Set<String> commands() {
        return new CommandLine(new Kg()).getSubcommands().keySet();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandPrintsItsUsageOnHelp(String command) {
        KgRun run = KgRun.of(command, "--help");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Usage: kg " + command);
    }
}
