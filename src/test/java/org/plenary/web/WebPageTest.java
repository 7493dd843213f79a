package org.plenary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The web page in a real headless Chromium: list, scenario, runs, charts, numbers, explanations, downloads. */
@QuarkusTest
class WebPageTest {

    private static final String ISTANBUL = "interpol-2021-istanbul";
    private static final String HU = "tr[data-post='delegate-asia'][data-candidate='hu-binchen'] td.p";

    private static Browser browser;

    @TestHTTPResource("/")
    URL index;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void cleanConsole() throws Exception {
        browser.resize(1280, 900);
        signIn();
        browser.console();
    }

    /** The page acts for a signed-in analyst: forks, cancellations and the optimiser need one. */
    private void signIn() throws Exception {
        String user = "web-analyst";
        String password = "web-analyst-password";
        io.restassured.RestAssured.given().auth().preemptive().basic("admin", "test-admin-password")
                .contentType("application/json")
                .body("{\"username\": \"" + user + "\", \"password\": \"" + password + "\", \"role\": \"analyst\"}")
                .post("/api/admin/users");
        browser.driver.get(index.toURI().resolve("/api/me").toString());
        browser.js("sessionStorage.setItem('plenary.basic', arguments[0])", java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @AfterEach
    void noConsoleErrors() {
        browser.assertNoConsoleErrors();
    }

    @Test
    void theListShowsTheScenariosAndOpensOne() throws Exception {
        browser.driver.get(index.toString());
        WebElement card = browser.waiting(20).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("li.card[data-slug='" + ISTANBUL + "']")));
        assertThat(card.findElement(By.tagName("h2")).getText()).contains("2021 Istanbul");
        assertThat(card.findElement(By.className("meta")).getText()).startsWith("2021");
        assertThat(card.getText()).contains("89th Interpol General Assembly");
        assertThat(browser.driver.findElements(By.cssSelector("li.card")).size()).isGreaterThanOrEqualTo(8);
        browser.screenshot("scenario-list", 1280);
        browser.screenshot("scenario-list", 375);

        card.findElement(By.linkText("Open")).click();
        browser.waiting(20).until(ExpectedConditions.textToBe(By.id("page-title"),
                "2021 Istanbul: President, two Vice-Presidents and nine Delegates"));
        WebElement posts = browser.driver.findElement(By.id("posts"));
        assertThat(posts.findElement(By.cssSelector("li[data-post='delegate-asia']")).getText())
                .contains("Delegates for Asia", "Hu Binchen", "Praveen Sinha");
        assertThat(browser.driver.findElement(By.cssSelector("#campaigns li[data-campaign='ipac-letter']")).getText())
                .contains("Inter-Parliamentary Alliance on China", "opposes", "Hu Binchen", "2021-11-15");
        // Every member delegation is a square in the Assembly grid, grouped under the four regions.
        assertThat(browser.driver.findElements(By.cssSelector("#assembly button.deleg"))).hasSize(195);
        assertThat(browser.driver.findElements(By.cssSelector("#assembly section.region h3")))
                .extracting(WebElement::getText).containsExactly("Africa (54)", "Americas (38)", "Asia (53)", "Europe (50)");
        // Every form control has a label.
        assertThat((Long) browser.js("return [...document.querySelectorAll('input, select')]"
                + ".filter(e => e.labels === null || e.labels.length === 0).length")).isZero();
    }

    @Test
    void aRunShowsChartsAndNumbersAndSwitchingOffTheIpacLetterChangesThem() throws Exception {
        openIstanbul();
        String first = run(2000, 7);
        WebElement img = browser.driver.findElement(By.cssSelector("#win-figure img"));
        assertThat(img.getAttribute("data-src")).endsWith("/api/simulations/" + first + "/charts/win-probability.svg");
        browser.waiting(20).until(d -> (Boolean) browser.js(
                "const i = arguments[0]; return i.complete && i.naturalWidth > 0;", img));
        String withLetter = browser.driver.findElement(By.cssSelector("#win-table " + HU)).getText();
        assertThat(withLetter).matches("\\d+\\.\\d %");
        assertThat(browser.driver.findElement(By.id("run-settings")).getText()).contains("IPAC legislators");
        browser.screenshot("results", 1280);

        browser.driver.findElement(By.id("campaign-ipac-letter")).click();
        String second = run(2000, 7);
        assertThat(second).isNotEqualTo(first);
        String withoutLetter = browser.driver.findElement(By.cssSelector("#win-table " + HU)).getText();
        assertThat(withoutLetter).as("the letter opposes Hu Binchen, so his chance without it differs")
                .isNotEqualTo(withLetter);
        assertThat(percent(withoutLetter)).isGreaterThan(percent(withLetter));
        assertThat(browser.driver.findElement(By.id("run-settings")).getText()).doesNotContain("IPAC legislators");

        // Readable on a phone: nothing wider than the screen except inside the scrollable table wrappers.
        browser.resize(375, 812);
        assertThat((Boolean) browser.js("return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        browser.screenshot("results", 375);
    }

    @Test
    void aComparisonShowsTheLiftOfEachCampaign() throws Exception {
        openIstanbul();
        new Select(browser.driver.findElement(By.id("compare"))).selectByValue("each-campaign");
        run(1000, 3);
        new Select(browser.driver.findElement(By.id("focus-post"))).selectByValue("delegate-asia");
        WebElement lift = browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#lift-table tr[data-arm='ipac-letter alone'][data-candidate='hu-binchen']")));
        assertThat(lift.getText()).contains("IPAC legislators' open letter against Hu Binchen alone", "Hu Binchen", "pp");
        WebElement img = browser.driver.findElement(By.cssSelector("#lift-figure img"));
        assertThat(img.getAttribute("data-src")).contains("campaign-lift.svg?post=delegate-asia");
        browser.waiting(20).until(d -> (Boolean) browser.js(
                "const i = arguments[0]; return i.complete && i.naturalWidth > 0;", img));
    }

    @Test
    void swingDelegationsSortAndExplainTheirVote() throws Exception {
        openIstanbul();
        // The run leaves the IPAC letter out: explanations opened from its results must too.
        browser.driver.findElement(By.id("campaign-ipac-letter")).click();
        run(2000, 11);
        new Select(browser.driver.findElement(By.id("focus-post"))).selectByValue("delegate-asia");
        WebElement table = browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("swing-table")));
        assertThat(table.findElement(By.tagName("caption")).getText()).startsWith("Sorted by pivotality");
        browser.driver.findElement(By.id("rank-closeness")).click();
        WebElement margin = browser.waiting(5).until(d -> d.findElement(By.cssSelector("#swing-table th[aria-sort='ascending']")));
        assertThat(margin.getText()).contains("Margin");
        List<Double> margins = browser.driver.findElements(By.cssSelector("#swing-table tbody tr td:nth-child(4)")).stream()
                .map(e -> percent(e.getText())).toList();
        assertThat(margins).isSorted().hasSize(25);
        // Sorting by a column header, with the keyboard.
        browser.driver.findElement(By.cssSelector("#swing-table button[data-sort='name']")).sendKeys(Keys.ENTER);
        browser.waiting(5).until(d -> d.findElement(By.cssSelector("#swing-table th[aria-sort='ascending']")).getText()
                .contains("Delegation"));

        // The explanation of one delegation: each term of its utility for each candidate.
        WebElement japan = browser.driver.findElement(By.cssSelector("#assembly button.deleg[data-code='JPN']"));
        assertThat(japan.getAttribute("aria-label")).startsWith("Japan: leans");
        japan.click();
        WebElement letter = browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#explain-table tr[data-term='campaign:ipac-letter']")));
        assertThat(browser.driver.findElement(By.id("explain-title")).getText())
                .isEqualTo("Why Japan votes as it does: Delegates for Asia");
        assertThat(browser.driver.findElements(By.cssSelector("#explain-table tbody th")).stream().map(WebElement::getText))
                .contains("Appeal", "Alignment", "Region", "Blocs", "Pledge", "Home country", "Utility", "P(vote)",
                        "IPAC legislators' open letter against Hu Binchen");
        assertThat(browser.driver.findElement(By.cssSelector("#explain-table thead th[data-candidate='hu-binchen']"))
                .getText()).isEqualTo("Hu Binchen (CHN)");
        // Japan is among the letter's signers' governments: the letter lowers its utility for Hu Binchen.
        assertThat(letter.findElement(By.cssSelector("td[data-candidate='hu-binchen']")).getText()).startsWith("−");
        assertThat(letter.findElement(By.cssSelector("td[data-candidate='sinha']")).getText()).isEmpty();
        assertThat(browser.driver.findElement(By.id("explain-basis")).getText()).startsWith("Computed on the scenario as stored");
        browser.screenshot("explanation", 1280);
        browser.driver.findElement(By.id("explain-title")).sendKeys(Keys.ESCAPE);
        browser.waiting(5).until(ExpectedConditions.invisibilityOfElementLocated(By.id("explain")));
        assertThat(browser.driver.switchTo().activeElement().getAttribute("data-code")).isEqualTo("JPN");

        browser.driver.findElement(By.cssSelector("#swing-table button.explain")).click();
        browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#explain-table tbody tr")));
        assertThat(browser.driver.findElement(By.id("explain-basis")).getText())
                .startsWith("Computed with the settings of the run shown");
        assertThat(browser.driver.findElements(By.cssSelector("#explain-table tr[data-term='campaign:ipac-letter']")))
                .as("the run left the letter out").isEmpty();
        browser.driver.findElement(By.id("explain-close")).click();
    }

    @Test
    void theCsvAndJsonDownloadsHoldTheRun() throws Exception {
        openIstanbul();
        String id = run(2000, 5);
        WebElement csv = browser.driver.findElement(By.id("download-csv"));
        browser.waiting(10).until(d -> csv.getAttribute("href") != null && csv.getAttribute("href").startsWith("blob:"));
        assertThat(csv.getAttribute("download")).isEqualTo("simulation-" + id + ".csv");
        String text = (String) browser.asyncJs("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", csv.getAttribute("href"));
        assertThat(text).startsWith("run,scenario,seed,trials,arm,post,candidate_id");
        assertThat(text).contains(id + "," + ISTANBUL + ",5,2000,scenario,delegate-asia,hu-binchen,Hu Binchen,CHN,");

        String json = browser.driver.findElement(By.id("download-json")).getAttribute("href");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(json))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"id\":\"" + id + "\"", "\"winProbabilityCi95\"");
    }

    @Test
    void aLongRunShowsProgressFromTheEventStreamAndCanBeCancelled() throws Exception {
        openIstanbul();
        browser.js("document.getElementById('trials').value = '1000000'");
        browser.driver.findElement(By.id("run-button")).click();
        WebElement progress = browser.waiting(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("run-progress")));
        browser.waiting(30).until(d -> d.findElement(By.id("run-progress-text")).getText().startsWith("running:"));
        browser.waiting(30).until(d -> Long.parseLong(d.findElement(By.id("run-progress-bar")).getAttribute("value")) > 0);
        assertThat(progress.findElement(By.tagName("progress")).getAttribute("max")).isEqualTo("1000000");
        browser.driver.findElement(By.id("cancel-run")).click();
        browser.waiting(30).until(ExpectedConditions.invisibilityOfElementLocated(By.id("run-progress")));
        browser.waiting(10).until(d -> d.findElement(By.id("run-meta")).getText().contains("cancelled"));
    }

    @Test
    void theOptimiserPlansACampaignAndSensitivityRanksTheAssumptions() throws Exception {
        openIstanbul();
        new Select(browser.driver.findElement(By.id("plan-post"))).selectByValue("delegate-asia");
        new Select(browser.driver.findElement(By.id("plan-candidate"))).selectByValue("hu-binchen");
        setValue("plan-budget", "2");
        setValue("plan-trials", "400");
        browser.driver.findElement(By.id("plan-button")).click();
        browser.waiting(120).until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-recheck")));
        assertThat(browser.driver.findElement(By.id("plan-recheck")).getText())
                .contains("Re-checked on 800 fresh trials", "Hu Binchen is defeated");
        assertThat(browser.driver.findElements(By.cssSelector("#plan-table tbody tr")).size()).isBetween(0, 2);

        browser.driver.findElement(By.id("sensitivity-button")).click();
        WebElement letter = browser.waiting(120).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#sensitivity-table tr[data-name='campaign:ipac-letter']")));
        assertThat(letter.getText()).contains("pp");
    }

    @Test
    void forkingMakesAWhatIfCopy() throws Exception {
        browser.driver.get(index.toString());
        WebElement card = browser.waiting(20).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("li.card[data-slug='" + ISTANBUL + "']")));
        card.findElement(By.cssSelector("button[aria-expanded]")).click();
        WebElement slug = card.findElement(By.name("slug"));
        slug.clear();
        String copy = "web-test-copy-" + System.nanoTime() % 1_000_000;
        slug.sendKeys(copy);
        card.findElement(By.cssSelector("form.fork-form button[type=submit]")).click();
        browser.waiting(20).until(ExpectedConditions.urlContains("#/scenario/" + copy));
        browser.waiting(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-title"), "(what-if)"));
    }

    @Test
    void theConsoleCheckCatchesAConsoleError() {
        browser.driver.get(index.toString());
        browser.waiting(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.card")));
        browser.js("console.error('deliberate error to prove the console check')");
        assertThatThrownBy(browser::assertNoConsoleErrors).isInstanceOf(AssertionError.class)
                .hasMessageContaining("deliberate error to prove the console check");
    }

    /**
     * A private scenario's run, for its owner: the charts and downloads are fetched with the page's sign-in (a plain
     * link or image request carries none, and the service answers 404 to hide a private run).
     */
    @Test
    void aPrivateRunShowsItsChartsAndDownloadsToItsOwner() throws Exception {
        String slug = "web-private-" + System.nanoTime();
        io.restassured.RestAssured.given().auth().preemptive().basic("web-analyst", "web-analyst-password")
                .contentType("application/json").body("{\"slug\": \"" + slug + "\"}")
                .post("/api/scenarios/" + ISTANBUL + "/fork").then().statusCode(201);
        io.restassured.RestAssured.given().auth().preemptive().basic("web-analyst", "web-analyst-password")
                .contentType("application/json").body("{\"visibility\": \"private\"}")
                .put("/api/scenarios/" + slug + "/access").then().statusCode(200);
        browser.driver.get("about:blank");
        browser.driver.get(index.toString() + "#/scenario/" + slug);
        browser.waiting(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("run-form")));
        String id = run(500, 9);
        // Without the sign-in the run does not exist, as far as anyone can tell.
        io.restassured.RestAssured.given().get("/api/simulations/" + id + "/charts/win-probability.svg")
                .then().statusCode(404);
        WebElement img = browser.driver.findElement(By.cssSelector("#win-figure img"));
        browser.waiting(20).until(d -> (Boolean) browser.js(
                "const i = arguments[0]; return i.complete && i.naturalWidth > 0;", img));
        assertThat(img.getAttribute("src")).startsWith("blob:");
        assertThat(img.getAttribute("data-src")).endsWith("/api/simulations/" + id + "/charts/win-probability.svg");
        // A click on the JSON download fetches it with the sign-in and saves it: the saved file (caught where the
        // page hands it to the browser) is the server's text to the byte, not a re-serialisation of it.
        browser.js("window.savedDownload = null;"
                + "const click = HTMLAnchorElement.prototype.click;"
                + "HTMLAnchorElement.prototype.click = function () {"
                + "  if (!this.href.startsWith('blob:')) { return click.call(this); }"
                + "  const name = this.download;"
                + "  fetch(this.href).then(r => r.text()).then(text => { window.savedDownload = {name, text}; });"
                + "};");
        browser.driver.findElement(By.id("download-json")).click();
        browser.waiting(20).until(d -> browser.js("return window.savedDownload !== null;"));
        assertThat(browser.js("return window.savedDownload.name;")).isEqualTo("simulation-" + id + ".json");
        String saved = (String) browser.js("return window.savedDownload.text;");
        String served = io.restassured.RestAssured.given().auth().preemptive()
                .basic("web-analyst", "web-analyst-password").accept("application/json")
                .get("/api/simulations/" + id).then().statusCode(200).extract().asString();
        assertThat(saved).contains("\"id\":\"" + id + "\"", "\"winProbabilityCi95\"");
        int at = 0;
        while (at < Math.min(saved.length(), served.length()) && saved.charAt(at) == served.charAt(at)) {
            at++;
        }
        assertThat(at).as("the saved file differs from the server's text at %d: saved ...%s... served ...%s...", at,
                saved.substring(Math.max(0, at - 40), Math.min(saved.length(), at + 40)),
                served.substring(Math.max(0, at - 40), Math.min(served.length(), at + 40)))
                .isEqualTo(served.length()).isEqualTo(saved.length());
    }

    @Test
    void aSeedBeyondWhatThePageHoldsExactlyIsRefusedBeforeSending() {
        openIstanbul();
        WebElement seed = browser.driver.findElement(By.id("seed"));
        seed.clear();
        seed.sendKeys("3625385178167189532");
        // Count what the page sends: a number input would read this seed as 3625385178167189500 and run with that.
        browser.js("window.posts = 0; const send = window.fetch;"
                + "window.fetch = (url, options) => { if (options && options.method === 'POST') { window.posts++; }"
                + " return send(url, options); };");
        browser.driver.findElement(By.id("run-button")).click();
        assertThat((Boolean) browser.js("return document.getElementById('seed').validity.rangeOverflow;")).isTrue();
        assertThat(((Number) browser.js("return window.posts;")).intValue()).isZero();
        seed.clear();
        seed.sendKeys("9007199254740991");
        assertThat((Boolean) browser.js("return document.getElementById('seed').validity.valid;")).isTrue();
    }

    private void openIstanbul() {
        // A fresh page load each time: a hash change alone would keep the previous test's page state.
        browser.driver.get("about:blank");
        browser.driver.get(index.toString() + "#/scenario/" + ISTANBUL);
        browser.waiting(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("run-form")));
    }

    /** Runs the simulation with the form as it stands and waits for a new result; returns the run id. */
    private String run(int trials, long seed) {
        WebElement trialsInput = browser.driver.findElement(By.id("trials"));
        trialsInput.clear();
        trialsInput.sendKeys(Integer.toString(trials));
        WebElement seedInput = browser.driver.findElement(By.id("seed"));
        seedInput.clear();
        seedInput.sendKeys(Long.toString(seed));
        String before = browser.driver.findElement(By.id("results")).getAttribute("data-run-id");
        long started = System.nanoTime();
        browser.driver.findElement(By.id("run-button")).click();
        browser.waiting(60).until(d -> {
            String now = d.findElement(By.id("results")).getAttribute("data-run-id");
            return now != null && !now.isEmpty() && !now.equals(before)
                    && d.findElement(By.id("run-button")).isEnabled();
        });
        System.out.printf("browser run of %d trials: %d ms%n", trials, (System.nanoTime() - started) / 1_000_000);
        return browser.driver.findElement(By.id("results")).getAttribute("data-run-id");
    }

    private void setValue(String id, String value) {
        WebElement input = browser.driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private static double percent(String text) {
        return Double.parseDouble(text.replace("%", "").trim());
    }
}
