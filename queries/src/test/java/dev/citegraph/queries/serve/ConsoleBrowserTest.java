package dev.citegraph.queries.serve;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web console in a real browser (Debian's chromium, headless) against one real server on the corpus graph, with
 * builds allowed. Each test saves a screenshot (target/console-screenshots, or -Dconsole.screenshots=DIR) and the
 * time every page waited for its data (Performance API measures "data:PAGE") goes to target/console-timings.md.
 */
@ExtendWith(Chromium.Required.class)
class ConsoleBrowserTest {
    @RegisterExtension
    static final ServedGoldenGraph served = ServedGoldenGraph.corpus(
            settings -> settings.withBuilds(List.of(), 5L * 1024 * 1024));

    private static ChromeDriver browser;
    private static final Map<String, List<Double>> TIMINGS = new TreeMap<>();

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser == null) return;
        browser.quit();
        StringBuilder out = new StringBuilder("| page | runs | data time (ms) |\n|---|---|---|\n");
        TIMINGS.forEach((page, times) -> out.append("| ").append(page).append(" | ").append(times.size()).append(" | ")
                .append(times.stream().map(t -> String.format(java.util.Locale.ROOT, "%.0f", t)).toList())
                .append(" |\n"));
        Files.writeString(Path.of("target", "console-timings.md"), out, StandardCharsets.UTF_8);
    }

    private static void open(String hash) {
        browser.get(served.server().url() + "/#" + hash);
    }

    private static WebElement await(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Records the page's data measures and saves a screenshot of it. */
    private static void keep(String name) throws IOException {
        for (Map<String, Object> m : measures()) {
            TIMINGS.computeIfAbsent((String) m.get("name"), k -> new ArrayList<>()).add(((Number) m.get("ms")).doubleValue());
        }
        Path folder = Path.of(System.getProperty("console.screenshots", "target/console-screenshots"));
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Every page's data time once the server has seen each request once (the first pays for planning the store's
     * queries and the JIT): each page is visited twice and the second visit is recorded as "warm".
     */
    @Test
    void everyPagesDataTimeIsMeasuredWarm() {
        Map<String, Runnable> visits = new java.util.LinkedHashMap<>();
        visits.put("search", () -> {
            open("/");
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("main p.muted"), "verified facts"));
        });
        visits.put("entity", () -> { open("/entity/DeepSeek-V2"); await(By.id("entity-facts")); });
        visits.put("proof", () -> {
            open("/entity/GRPO");
            await(By.cssSelector("#entity-facts a.cite")).click();
            await(By.id("quote"));
        });
        visits.put("query", () -> {
            open("/query");
            WebElement text = await(By.id("query-text"));
            text.clear();
            text.sendKeys("match ?m has_total_parameters ?p order by ?p desc");
            browser.findElement(By.id("run-query")).click();
            await(By.cssSelector("#query-results table"));
        });
        visits.put("compare", () -> {
            open("/compare?names=DeepSeek-V2,DeepSeek-R1");
            await(By.cssSelector("#compare-attributes input[value='has_total_parameters']"));
            browser.findElement(By.id("run-compare")).click();
            await(By.id("comparison"));
        });
        visits.put("ask", () -> {
            open("/ask?q=" + java.net.URLEncoder.encode("How many total parameters does DeepSeek-V2 have?",
                    StandardCharsets.UTF_8));
            await(By.id("answer-text"));
        });
        visits.put("documents", () -> { open("/documents"); await(By.cssSelector("#documents table")); });
        visits.put("review", () -> { open("/review"); await(By.id("review")); });
        for (Map.Entry<String, Runnable> visit : visits.entrySet()) {
            // A blank page between visits: each visit is a new document with its own performance timeline.
            browser.get("about:blank");
            visit.getValue().run();
            browser.get("about:blank");
            visit.getValue().run();
            for (Map<String, Object> m : measures()) {
                TIMINGS.computeIfAbsent("warm " + m.get("name"), k -> new ArrayList<>())
                        .add(((Number) m.get("ms")).doubleValue());
            }
        }
        assertThat(TIMINGS.keySet()).contains("warm search", "warm entity", "warm proof", "warm query", "warm compare", "warm ask",
                "warm documents", "warm review");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> measures() {
        return (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript(
                "const m = performance.getEntriesByType('measure').filter(e => e.name.startsWith('data:'))"
                        + ".map(e => ({name: e.name.slice(5), ms: e.duration})); performance.clearMeasures(); return m;");
    }

    @Test
    void searchLeadsToTheEntityWhoseCitationOpensTheHighlightedQuote() throws IOException {
        open("/");
        WebElement search = await(By.id("home-search"));
        search.sendKeys("deepseek-v2");
        await(By.cssSelector("#home-list li[data-name='DeepSeek-V2']"));
        keep("search");
        search.sendKeys(Keys.ENTER);
        assertThat(await(By.id("entity-name")).getText()).startsWith("DeepSeek-V2");
        WebElement group = await(By.cssSelector("[data-predicate='max_context_length']"));
        assertThat(group.getText()).contains("128K").contains("deepseek-v2 §1 p.4");
        keep("entity");

        group.findElement(By.cssSelector("a.cite")).click();
        WebElement quote = await(By.id("quote"));
        assertThat(quote.getText()).isEqualTo("It is equipped with a total of 236B parameters, of which 21B are "
                + "activated for each token, and supports a context length of 128K tokens.");
        assertThat(quote.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
        assertThat(await(By.id("section-heading")).getText()).startsWith("§1 ");
        assertThat(await(By.id("section-page")).getText()).contains("page 4");
        assertThat(await(By.id("pdf-link")).getAttribute("href")).endsWith("/api/v1/documents/deepseek-v2/source#page=4");
        assertThat(browser.findElements(By.cssSelector("#section-facts li"))).isNotEmpty();
        keep("proof");
    }

    @Test
    void theGraphDrawsTheNeighbourhoodAndANodeOpensItsEntity() throws IOException {
        JsonNode picture = served.http().get("/api/v1/entities/GRPO/neighbourhood").json();
        List<String> expected = picture.get("nodes").findValuesAsText("label");
        open("/entity/GRPO");
        await(By.cssSelector("#graph canvas"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> ((JavascriptExecutor) b)
                .executeScript("return window.citegraphGraph && window.citegraphGraph.nodes().length") != null);
        @SuppressWarnings("unchecked")
        List<String> drawn = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return window.citegraphGraph.nodes().map(n => n.data('label'))");
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(expected).contains("GRPO", "DeepSeek-V2");
        keep("graph");

        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                "const n = window.citegraphGraph.nodes().filter(n => n.data('label') === 'DeepSeek-V2')[0];"
                        + "const p = n.renderedPosition(); const r = document.querySelector('#graph').getBoundingClientRect();"
                        + "return {x: p.x - r.width / 2, y: p.y - r.height / 2};");
        new Actions(browser).moveToElement(browser.findElement(By.id("graph")), ((Number) at.get("x")).intValue(),
                ((Number) at.get("y")).intValue()).click().perform();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("entity-name"), "DeepSeek-V2"));
        assertThat(browser.getCurrentUrl()).endsWith("#/entity/DeepSeek-V2");

        open("/entity/Nobody-V9");
        assertThat(await(By.cssSelector("[data-state='error']")).getText())
                .isEqualTo("no verified fact is about 'Nobody-V9'; find names with GET /api/v1/entities?q=...");
    }

    @Test
    void aQueryWithASyntaxErrorShowsTheCaretUnderItsLine() throws IOException {
        open("/query");
        WebElement text = await(By.id("query-text"));
        text.clear();
        text.sendKeys("match ?m uses", Keys.ENTER, "  ?x order ?x");
        browser.findElement(By.id("run-query")).click();
        String shown = await(By.id("query-error")).getText();
        assertThat(shown).contains("line 2:12: ").contains("  ?x order ?x\n           ^");
        assertThat(browser.findElement(By.cssSelector(".editor .tok-err")).getText()).isEqualTo("  ?x order ?x");
        keep("query-error");

        text.clear();
        text.sendKeys("facts about \"DeepSeek-V4\"");
        browser.findElement(By.id("run-query")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("query-error"), "DeepSeek-V4"));
        assertThat(browser.findElement(By.id("query-error")).getText()).containsIgnoringCase("did you mean");

        text.clear();
        text.sendKeys("match \"DeepSeek-V2\" max_context_length ?c");
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        WebElement results = await(By.cssSelector("#query-results table"));
        assertThat(results.getText()).contains("128K").contains("deepseek-v2 §1 p.4");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("saved-pick"))).selectByValue("facts-about");
        assertThat(await(By.cssSelector("#saved-form input")).getAttribute("name")).isNotBlank();
        keep("query");
    }

    @Test
    void aComparisonsCellsCarryCitationsAndGapsAreNotReported() throws IOException {
        open("/compare?names=DeepSeek-V2,DeepSeek-R1,DeepSeekMoE%2016B");
        await(By.cssSelector("#compare-attributes input[value='has_total_parameters']"));
        browser.findElement(By.cssSelector("#compare-attributes input[value='pretraining_tokens']")).click();
        browser.findElement(By.id("run-compare")).click();
        WebElement table = await(By.id("comparison"));
        List<WebElement> cells = table.findElements(By.cssSelector("tbody td"));
        assertThat(cells).isNotEmpty();
        int reported = 0;
        for (WebElement cell : cells) {
            if (cell.getAttribute("class").contains("not-reported")) {
                assertThat(cell.getText()).isEqualTo("not reported");
            } else {
                assertThat(cell.findElements(By.cssSelector("a.footnote"))).as(cell.getText()).isNotEmpty();
                reported++;
            }
        }
        assertThat(reported).isPositive();
        assertThat(table.findElement(By.cssSelector("tr[data-attribute='pretraining_tokens']")).getText())
                .contains("not reported");
        browser.findElement(By.id("copy-markdown")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> ((JavascriptExecutor) b)
                .executeScript("return window.citegraphLastMarkdown") != null);
        assertThat((String) ((JavascriptExecutor) browser).executeScript("return window.citegraphLastMarkdown"))
                .contains("| DeepSeek-V2 |");
        // Once more, warm: the first comparison pays for planning the store's queries.
        browser.findElement(By.id("run-compare")).click();
        table = await(By.id("comparison"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", table);
        keep("compare");
        table.findElement(By.cssSelector("a.footnote")).click();
        assertThat(await(By.id("quote")).getText()).isNotBlank();
    }

    @Test
    void aQuestionIsAnsweredWithNumberedCitationsOrPlainlyNotInTheDocuments() throws IOException {
        open("/ask?q=" + java.net.URLEncoder.encode("What context length does DeepSeek-V2 support?",
                StandardCharsets.UTF_8));
        WebElement answer = await(By.id("answer-text"));
        assertThat(answer.getText()).contains("128K").contains("[1]");
        assertThat(browser.findElements(By.cssSelector("#facts-given li"))).isNotEmpty();
        keep("ask");
        answer.findElement(By.cssSelector("a.answer-cite")).click();
        assertThat(await(By.id("quote")).getText()).isNotBlank();

        open("/ask?q=" + java.net.URLEncoder.encode("What is GPT-4's parameter count?", StandardCharsets.UTF_8));
        assertThat(await(By.id("not-in-documents")).getText()).isEqualTo("Not in the documents.");
    }

    @Test
    void anUploadedReportIsBuiltToTheEndAndItsRejectedFactsAreReviewed() throws IOException, URISyntaxException {
        open("/documents");
        WebElement row = await(By.cssSelector("tr[data-document='deepseek-v2']"));
        assertThat(row.findElement(By.className("sections")).getText()).isNotEqualTo("0");
        JsonNode counts = served.http().get("/api/v1/document-counts").json();
        for (JsonNode document : counts) {
            if (document.get("id").asText().equals("deepseek-v2")) {
                assertThat(row.findElement(By.className("verified")).getText()).isEqualTo(document.get("verified").asText());
            }
        }
        Path report = Path.of(ConsoleBrowserTest.class.getResource("/dev/citegraph/demo/lumen-1.md").toURI());
        await(By.id("upload-file")).sendKeys(report.toString());
        browser.findElement(By.id("upload-button")).click();
        new WebDriverWait(browser, Duration.ofMinutes(3)).until(ExpectedConditions.attributeToBe(
                By.id("upload-status"), "data-state", "done"));
        assertThat(browser.findElement(By.id("upload-status")).getText()).isEqualTo("Done: 1 built, 0 failed.");
        assertThat(browser.findElement(By.id("upload-progress")).getAttribute("value")).isEqualTo("1");
        assertThat(await(By.cssSelector("tr[data-document='lumen-1']")).getText()).contains("Lumen-1");
        keep("documents");

        row = await(By.cssSelector("tr[data-document='deepseek-v2']"));
        assertThat(row.findElement(By.className("rejected")).getText()).isEqualTo("2");
        row.findElement(By.cssSelector(".rejected a")).click();
        WebElement review = await(By.id("review"));
        assertThat(review.findElements(By.cssSelector("tbody tr"))).hasSize(2);
        assertThat(review.getText()).contains("the object's 256K is not in the quote")
                .contains("the quote is not in");
        keep("review");
    }
}
