package org.openfid.enrolment.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openfid.enrolment.CaseStatus;
import org.openfid.enrolment.StageRecord;
import org.openfid.identity.Rid;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The adjudicator's pages in a real headless browser (Debian's chromium and chromedriver, never a
 * downloaded browser): sign in with the form, open the queue, open a review, click "Not a
 * duplicate", and the review is decided and the case resumed and finished.
 */
class AdjudicationPageTests extends AdjudicationContext {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static WebDriver browser;
    private static Path profile;

    @LocalServerPort
    int port;

    @BeforeAll
    static void browser() throws Exception {
        assertThat(CHROMIUM)
                .as("install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
                .exists();
        assertThat(CHROMEDRIVER).exists();
        profile = Files.createTempDirectory("openfid-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(15));
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            org.apache.commons.io.FileUtils.deleteQuietly(profile.toFile());
        }
    }

    @Test
    void anAdjudicatorDecidesNotADuplicateInTheBrowser() throws Exception {
        String rid = pausedCase();
        String base = "http://localhost:" + port;

        browser.get(base + "/console/adjudications");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.name("username")).sendKeys("adjudicator");
        browser.findElement(By.name("password")).sendKeys("adjudicator-secret-1");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        // a click returns before the next page has loaded: find an element of that page first (the
        // implicit wait polls for it), then look at where the browser is
        assertThat(browser.findElement(By.id("total")).getText()).contains("open review");
        assertThat(browser.getCurrentUrl()).startsWith(base + "/console/adjudications");
        while (!browser.getPageSource().contains(rid)) { // the newest review: on the last page
            browser.findElement(By.id("next")).click();
            browser.findElement(By.id("total"));
        }
        browser.findElement(By.linkText(rid)).click();

        assertThat(browser.findElement(By.id("rid")).getText()).isEqualTo(rid);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("PAUSED");
        String candidates = browser.findElement(By.id("candidates")).getText();
        assertThat(candidates).contains(originalOf(rid));
        assertThat(browser.findElement(By.id("history")).getText()).contains("MANUAL_ADJUDICATION", "REVIEW");
        browser.findElement(By.id("not-duplicate")).click();

        assertThat(browser.findElement(By.id("decided")).getText()).contains("Decision recorded");
        assertThat(browser.findElement(By.id("verdict")).getText()).startsWith("NOT_DUPLICATE by adjudicator");
        assertThat(browser.getPageSource()).doesNotContain("not-duplicate");
        await().atMost(Duration.ofSeconds(30)).until(() -> status(rid) != CaseStatus.PAUSED);
        pipeline.drain();
        assertThat(status(rid)).isEqualTo(CaseStatus.PROCESSED);
        assertThat(enrolments.history(new Rid(rid)))
                .extracting(StageRecord::stage, StageRecord::reasonCode)
                .contains(org.assertj.core.groups.Tuple.tuple("MANUAL_ADJUDICATION", "RPR-MNV-SUCCESS-001"));
    }
}
