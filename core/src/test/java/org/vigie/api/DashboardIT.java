package org.vigie.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.ingest.ArticleIds;
import org.vigie.model.Article;

/**
 * The dashboard in a real browser (Debian's Chromium through its ChromeDriver, headless, offline):
 * it loads, a filter changes the table and the timeline, a click on an event opens its article
 * with the evidence highlighted, and markup in an article stays text. Screenshots go to
 * {@code target/screenshots/}.
 */
class DashboardIT {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static ApiServer server;
  private static Http http;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does)");
    server = ApiServer.start(ApiConfig.loopback(TestStore.file()));
    http = new Http(server);
    Files.createDirectories(SCREENSHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-background-networking", "--disable-gpu",
        "--disable-dev-shm-usage", "--window-size=1400,1800", "--lang=fr-FR");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // the driver is given explicitly, so Selenium Manager never looks for (or downloads) one
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static void open() {
    browser.get(server.url());
    waitForRefreshes(1);
  }

  private static int refreshes() {
    Object n = ((JavascriptExecutor) browser).executeScript("return Number(document.body.dataset.refreshes || 0)");
    return ((Number) n).intValue();
  }

  private static void waitForRefreshes(int atLeast) {
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> refreshes() >= atLeast);
  }

  private static String attribute(String id, String name) {
    return browser.findElement(By.id(id)).getDomAttribute(name);
  }

  private static void screenshot(String name) throws IOException {
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  private static void assertNoAlert() {
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "a script of the article ran");
  }

  @Test
  void loadsInFrenchAndShowsEveryEvent() throws IOException {
    open();
    int total = http.get("/api/events").json().get("total").asInt();
    assertEquals(String.valueOf(total), attribute("events-table", "data-total"));
    assertEquals(Math.min(total, 50), browser.findElements(By.cssSelector("#events-table tbody tr[data-event-id]")).size());
    assertEquals(String.valueOf(total), attribute("timeline", "data-events"));
    assertEquals("Appliquer", browser.findElement(By.id("apply")).getText());
    assertFalse(browser.findElement(By.id("error")).isDisplayed(), browser.findElement(By.id("error")).getText());
    assertTrue(Integer.parseInt(attribute("network", "data-edges")) > 0);
    screenshot("dashboard.png");
    browser.findElement(By.id("lang-toggle")).click();
    waitForRefreshes(2);
    assertEquals("Apply", browser.findElement(By.id("apply")).getText());
    browser.findElement(By.id("lang-toggle")).click();
    assertNoBrowserErrors();
  }

  @Test
  void aFilterChangesTableAndTimeline() throws IOException {
    open();
    String allEvents = attribute("events-table", "data-total");
    String allTimeline = attribute("timeline", "data-events");
    int before = refreshes();
    new Select(browser.findElement(By.id("filter-lang"))).selectByValue("en");
    browser.findElement(By.id("apply")).click();
    waitForRefreshes(before + 1);
    int english = http.get("/api/events?lang=en").json().get("total").asInt();
    assertNotEquals(allEvents, attribute("events-table", "data-total"));
    assertEquals(String.valueOf(english), attribute("events-table", "data-total"));
    assertEquals(String.valueOf(english), attribute("timeline", "data-events"));
    assertNotEquals(allTimeline, attribute("timeline", "data-events"));
    List<WebElement> rows = browser.findElements(By.cssSelector("#events-table tbody tr[data-event-id]"));
    assertEquals(english, rows.size());
    screenshot("filtered-en.png");
    browser.findElement(By.id("reset")).click();
    waitForRefreshes(before + 2);
    assertEquals(allEvents, attribute("events-table", "data-total"));
  }

  @Test
  void clickingAnEventOpensItsArticleWithTheEvidenceHighlighted() throws IOException {
    open();
    Article hostile = TestStore.ARTICLES.stream().filter(a -> a.id().equals(TestStore.HOSTILE_ID)).findFirst()
        .orElseThrow();
    String key = ArticleIds.storeKey(hostile);
    List<WebElement> rows = browser.findElements(By.cssSelector("#events-table tbody tr[data-doc-key='" + key + "']"));
    assertFalse(rows.isEmpty(), "the article with markup has coded events");
    WebElement row = rows.get(0);
    String eventId = row.getDomAttribute("data-event-id");
    row.click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(b -> eventId.equals(b.findElement(By.id("article-panel")).getDomAttribute("data-event-id")));
    JsonNode doc = http.get("/api/documents/" + key).json();
    JsonNode event = null;
    for (JsonNode e : doc.get("events")) {
      if (e.get("event_id").asText().equals(eventId)) {
        event = e;
      }
    }
    assertTrue(event != null, eventId);
    String text = doc.get("text").asText();
    assertEquals(text, browser.findElement(By.id("article-text")).getDomProperty("textContent"),
        "the article shows its text exactly, markup included, as text");
    assertEquals(span(text, event.get("trigger")), marked("trigger"));
    if (!event.get("source").get("start").isNull()) {
      assertEquals(span(text, event.get("source")), marked("source"));
    }
    if (!event.get("target").get("start").isNull()) {
      assertEquals(span(text, event.get("target")), marked("target"));
    }
    assertEquals(TestStore.HOSTILE_TITLE, browser.findElement(By.id("article-title")).getText());
    assertTrue(text.contains(TestStore.SCRIPT) && text.contains("onerror=") && text.contains("javascript:"),
        "the cleaner kept the markup, so the test means something: " + text);
    Object injected = ((JavascriptExecutor) browser).executeScript(
        "return document.querySelectorAll('#article-text *:not(mark), #article-title *, #events-table img,"
            + " #events-table script, #events-table a').length + document.querySelectorAll('img').length"
            + " + document.querySelectorAll('a[href^=\"javascript\"]').length");
    assertEquals(0L, injected, "no element was made from the article's markup");
    assertEquals(2L, ((JavascriptExecutor) browser).executeScript("return document.scripts.length"));
    assertNoAlert();
    screenshot("article.png");
    assertNoBrowserErrors();
  }

  private static String span(String text, JsonNode span) {
    return text.substring(span.get("start").asInt(), span.get("end").asInt());
  }

  /** The text of the marks of one role, joined (a span may be cut where another begins). */
  private static String marked(String role) {
    StringBuilder b = new StringBuilder();
    for (WebElement m : browser.findElements(By.cssSelector("#article-text mark." + role))) {
      b.append(m.getDomProperty("textContent"));
    }
    return b.toString();
  }

  /** Console errors would show a CSP violation, a failed request or a script error. */
  private static void assertNoBrowserErrors() {
    List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertTrue(errors.isEmpty(), errors.toString());
  }
}
