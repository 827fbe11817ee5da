package dev.citegraph.extractor.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real headings of a report follow each other in order; of the lines that look like headings, the longest run
 * whose numbers increase is kept, and ties are settled by numbers that come next, then by the lines a contents page or
 * outline names.
 */
class HeadingSequenceTest {

    /** A line that looks like a numbered heading, and whether a contents or outline entry names it. */
    private record Line(String number, String text, boolean named) {

        HeadingNumber heading() {
            return HeadingNumber.parse(number).orElseThrow();
        }
    }

    @Test
    void keepsTheLongestRunWhoseNumbersIncrease() {
        List<Line> lines = List.of(new Line("1", "Overview", false), new Line("7", "Stage seven", false),
                new Line("2", "Memory Map", false), new Line("2.1", "Address Regions", false));

        assertThat(HeadingSequence.longestIncreasing(lines, Line::heading)).extracting(Line::text)
                .containsExactly("Overview", "Memory Map", "Address Regions");
    }

    /**
     * A figure's row "2 Fetch 2", set larger than the body text, comes just before the "2 Memory Map" the contents
     * lists: either makes a run as long and as stepwise as the other, and the one the contents names is the heading.
     */
    @Test
    void ofTwoRunsAlikeTheOneWhoseLinesTheContentsNamesWins() {
        List<Line> lines = List.of(new Line("1.3.1", "Core", true), new Line("2", "Fetch 2", false),
                new Line("2", "Memory Map", true), new Line("2.1", "Address Regions", true));

        assertThat(HeadingSequence.longestIncreasing(lines, Line::heading, Line::named)).extracting(Line::text)
                .containsExactly("Core", "Memory Map", "Address Regions");
    }

    @Test
    void aNamedLineDoesNotOutweighALongerRun() {
        List<Line> lines = List.of(new Line("1", "Introduction", false), new Line("3", "Results", true),
                new Line("2", "Method", false), new Line("2.1", "Data", false));

        assertThat(HeadingSequence.longestIncreasing(lines, Line::heading, Line::named)).extracting(Line::text)
                .containsExactly("Introduction", "Method", "Data");
    }
}
