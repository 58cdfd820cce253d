package org.newsfacts.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.fact.Json;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pages in a real browser: Debian's headless Chromium driven by Selenium through
 * chromedriver. Skipped, saying why, only where chromium or chromedriver is not installed
 * ({@code .ci/run} installs both).
 */
class ServePagesBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final String HOSTILE =
      "Officials in Lisbon said on Monday that the text <script>alert(2)</script> and the"
          + " image <img src=x onerror=alert(1)> arrived in a press release from Maria Costa.";

  @TempDir static Path dir;
  static NewsfactsServer server;
  static WebDriver browser;
  static String base;
  static String hostileId;

  @BeforeAll
  static void start() throws IOException {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests need Debian's chromium and chromium-driver"
            + " (apt-get install -y --no-install-recommends chromium chromium-driver)");
    server =
        NewsfactsServer.start(
            ServeSettings.forIndex(SeedIndex.create(dir.resolve("index"))),
            new PrintWriter(new StringWriter(), true));
    base = "http://127.0.0.1:" + server.port();
    Http http = new Http(server.port());
    hostileId = post(http, "Press release from Lisbon", "2025-01-06", HOSTILE);
    for (int i = 1; i <= 11; i++) {
      post(http, "Harvest bulletin " + i, String.format("2025-03-%02d", i),
          "Bulletin " + i + ": the olive harvest in Jaen reached " + (100 * i) + " tonnes.");
    }
    browser = chromium(dir.resolve("chromium-profile"));
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void openingWithAQueryShowsThatSearch() {
    open("/?q=troops");
    WebElement title = waitFor(By.cssSelector("#results .hit h2 a"));
    assertThat(title.getText()).isEqualTo(SeedIndex.SEED_TITLE);
    assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("troops");
    assertThat(browser.findElements(By.cssSelector("#results .snippet mark")))
        .extracting(WebElement::getText)
        .anyMatch(word -> word.equalsIgnoreCase("troops"));
    assertThat(browser.findElement(By.cssSelector("#results .hit-facts")).getText())
        .contains("2,500 troop — Iraq");
    assertThat(browser.findElement(By.id("downloads")).findElements(By.tagName("a")))
        .extracting(a -> a.getAttribute("href"))
        .contains(base + "/api/report?q=troops&format=csv&download=1");
  }

  @Test
  void theKeyboardAloneSearchesAndFilters() {
    open("/");
    waitFor(By.cssSelector("#results .hit"));
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("troops", Keys.ENTER);
    waitUntil(d -> d.getCurrentUrl().endsWith("/?q=troops"));
    waitUntil(d -> d.findElement(By.id("summary")).getText().contains("for “troops”"));
    WebElement person = waitFor(By.xpath("//section[h2='People']//button[contains(., 'Thabit al-Abbasi')]"));
    person.sendKeys(Keys.ENTER);
    waitUntil(d -> d.getCurrentUrl().contains("person=Thabit+al-Abbasi"));
    waitFor(By.cssSelector("#active-filters .chip"));
    assertThat(waitFor(By.cssSelector("button.facet.active")).getText()).contains("Thabit al-Abbasi");
    assertThat(browser.findElement(By.id("summary")).getText()).isEqualTo("1 article for “troops”.");
    WebElement chip = browser.findElement(By.cssSelector("#active-filters .chip"));
    chip.sendKeys(Keys.ENTER);
    waitUntil(d -> !d.getCurrentUrl().contains("person="));
  }

  @Test
  void yearsAndDatesNarrowAndPagesFollow() {
    open("/?q=olive");
    waitUntil(d -> d.findElement(By.id("summary")).getText().startsWith("Articles 1–10 of 11 for “olive”"));
    assertThat(browser.findElements(By.cssSelector("#results .hit"))).hasSize(10);
    browser.findElement(By.cssSelector("button[data-page=next]")).click();
    waitUntil(d -> d.findElement(By.id("summary")).getText().startsWith("Articles 11–11 of 11"));
    assertThat(browser.getCurrentUrl()).contains("offset=10");
    browser.navigate().back();
    waitUntil(d -> d.findElement(By.id("summary")).getText().startsWith("Articles 1–10 of 11"));

    open("/?q=olive&from=2025-03-05&to=2025-03-06");
    waitUntil(d -> d.findElement(By.id("summary")).getText().equals("2 articles for “olive”."));
    assertThat(browser.findElement(By.id("from")).getAttribute("value")).isEqualTo("2025-03-05");

    open("/");
    waitFor(By.xpath("//section[h2='Years']//button[contains(., '2024')]")).click();
    waitUntil(d -> d.getCurrentUrl().contains("from=2024&to=2024"));
    waitUntil(d -> d.findElement(By.id("summary")).getText().equals("1 article."));
  }

  @Test
  void markupInsideAnArticleIsShownAsTextAndNeverRuns() {
    open("/articles/" + hostileId);
    WebElement text = waitFor(By.cssSelector("#article-text mark"));
    assertThat(text).isNotNull();
    String shown = browser.findElement(By.id("article-text")).getText();
    assertThat(shown)
        .contains("<script>alert(2)</script>")
        .contains("<img src=x onerror=alert(1)>");
    assertNoAlert();
    assertThat(browser.findElements(By.cssSelector("#article-text script, #article-text img"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("#facts script, #facts img"))).isEmpty();
    assertThat(browser.findElement(By.id("facts")).getText()).contains("Maria Costa");

    open("/?q=press+release");
    waitFor(By.cssSelector("#results .hit"));
    assertNoAlert();
    assertThat(browser.findElements(By.cssSelector("#results script, #results img"))).isEmpty();
    assertThat(browser.findElement(By.id("results")).getText()).contains("<img src=x onerror=alert(1)>");
  }

  @Test
  void anArticleShowsItsMentionsByKindAndItsFacts() throws IOException {
    JsonNode seed = Json.MAPPER.readTree(new Http(server.port()).get("/api/search?q=troops").body());
    open("/articles/" + seed.at("/hits/0/id").asText());
    waitFor(By.cssSelector("#article-text mark"));
    assertThat(browser.findElement(By.id("title")).getText()).isEqualTo(SeedIndex.SEED_TITLE);
    assertThat(marked("m-person")).contains("Thabit al-Abbasi");
    assertThat(marked("m-place")).contains("Iraq");
    assertThat(marked("m-organization")).contains("Pentagon");
    assertThat(marked("m-date")).contains("January");
    assertThat(marked("m-quantity")).contains("2,500");
    List<WebElement> rows = browser.findElements(By.cssSelector("#facts tbody tr"));
    assertThat(rows).hasSizeGreaterThan(10);
    assertThat(browser.findElement(By.id("facts")).getText())
        .contains("Thabit al-Abbasi (Defense Minister)")
        .contains("The plan involves withdrawing the 2,500 U.S. troops stationed in Iraq in two stages.");
  }

  @Test
  void anArticleAddedThroughThePageIsFoundAtOnce() {
    open("/");
    WebElement panel = waitFor(By.cssSelector("#upload summary"));
    panel.click();
    waitFor(By.id("new-title")).sendKeys("Ferry service resumes in Split");
    browser.findElement(By.id("new-text"))
        .sendKeys("The ferry between Split and Hvar resumed on Friday, harbour master Ivo Horvat said.");
    browser.findElement(By.cssSelector("#upload-text button")).click();
    waitUntil(d -> d.findElement(By.id("upload-status")).getText().startsWith("Added: "));
    browser.findElement(By.cssSelector("#upload-status a")).click();
    waitUntil(d -> d.findElement(By.id("title")).getText().equals("Ferry service resumes in Split"));
    assertThat(marked("m-person")).contains("Ivo Horvat");
  }

  @Test
  void pagesFitAPhoneAndAWideScreen() {
    for (Dimension size : List.of(new Dimension(390, 844), new Dimension(1280, 900))) {
      browser.manage().window().setSize(size);
      open("/?q=troops");
      waitFor(By.cssSelector("#results .hit"));
      assertThat(horizontalOverflow()).as("search page at %s", size).isLessThanOrEqualTo(0);
      open("/articles/" + hostileId);
      waitFor(By.cssSelector("#article-text mark"));
      assertThat(horizontalOverflow()).as("article page at %s", size).isLessThanOrEqualTo(0);
    }
  }

  private static String post(Http http, String title, String published, String text) {
    String body;
    try {
      body = Json.MAPPER.writeValueAsString(
          java.util.Map.of("title", title, "published", published, "text", text));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    var response = http.postJson(body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Http.json(response).get("id").asText();
  }

  private static WebDriver chromium(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900");
    // Debian's chromedriver, named directly: Selenium Manager never runs (it would download).
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  private static void open(String path) {
    browser.get(base + path);
  }

  private static WebElement waitFor(By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private static void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition::apply);
  }

  private static void assertNoAlert() {
    assertThatThrownBy(
            () -> new WebDriverWait(browser, Duration.ofMillis(700))
                .until(ExpectedConditions.alertIsPresent()))
        .isInstanceOf(TimeoutException.class);
  }

  private static List<String> marked(String kind) {
    return browser.findElements(By.cssSelector("#article-text mark." + kind)).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static long horizontalOverflow() {
    Object overflow = ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    return ((Number) overflow).longValue();
  }
}
