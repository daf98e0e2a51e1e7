package io.pullwatch.search.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pullwatch.search.testing.RunningSearch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs): what a
 * person sees after searching, filtering by a facet, and mistyping a query; and a store manager's narrower view.
 */
class SearchPageIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static RunningSearch running;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium is not installed (/usr/bin/chromium and /usr/bin/chromedriver from the Debian packages "
                        + "chromium and chromium-driver; .ci/run installs them): the browser test cannot run here");
        running = RunningSearch.start(Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String token) {
        browser.get(running.address() + "#token=" + token);
    }

    private List<WebElement> results() {
        return browser.findElements(By.cssSelector("#results li.result"));
    }

    private void awaitSummary(String text) {
        wait.until(ExpectedConditions.textToBe(By.id("summary"), text));
    }

    private WebElement facetButton(String field, String value) {
        return browser.findElement(By.cssSelector("section[data-facet='" + field + "'] button[data-value='" + value
                + "']"));
    }

    @Test
    void aMarketerSearchesFiltersByFacetAndSeesHighlightsAndTheChart() {
        open(RunningSearch.MARKETING);
        awaitSummary("6 results, showing 1–6");
        assertThat(results()).hasSize(6);
        assertThat(facetButton("store", "lille-centre").getText()).isEqualTo("lille-centre\n3");
        assertThat(facetButton("sentiment", "positive").getText()).isEqualTo("positive\n3");
        // One stacked bar segment per sentiment present in each bucket of the default (1 min) histogram.
        assertThat(browser.findElements(By.cssSelector("#chart rect.bar"))).hasSize(6);
        assertThat(browser.findElements(By.cssSelector("#chart rect.negative"))).hasSize(2);

        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("staff");
        browser.findElement(By.id("search-button")).click();
        awaitSummary("2 results, showing 1–2");
        assertThat(results()).allSatisfy(r -> assertThat(r.findElement(By.cssSelector(".text mark")).getText())
                .isEqualTo("staff"));
        assertThat(results()).extracting(WebElement::getText).anySatisfy(text -> assertThat(text)
                .startsWith("Great café\nGreat café and <friendly> staff & fast service."));
        assertThat(browser.findElements(By.cssSelector("#chart rect.positive"))).hasSize(2);

        facetButton("store", "lyon-01").click();
        awaitSummary("1 results, showing 1–1");
        assertThat(results().get(0).getAttribute("data-id")).isEqualTo("review:r6");
        assertThat(results().get(0).findElement(By.className("meta")).getText())
                .isEqualTo("lyon-01 · google · 2025-03-01 10:35 · positive · 5★");
        assertThat(facetButton("store", "lyon-01").getAttribute("class")).contains("selected");
        assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();
    }

    @Test
    void aMistypedQueryShowsTheReasonAndAStoreManagerSeesOneStore() {
        open(RunningSearch.LILLE);
        awaitSummary("3 results, showing 1–3");
        List<WebElement> stores = browser.findElements(By.cssSelector("section[data-facet='store'] button"));
        assertThat(stores).extracting(WebElement::getText).containsExactly("lille-centre\n3");

        browser.findElement(By.id("q")).sendKeys("queue AND (");
        browser.findElement(By.id("search-button")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(error.getText()).startsWith("invalid query: cannot parse");
    }
}
