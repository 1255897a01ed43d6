package kz.suhbat.devices.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium sessions driven through ChromeDriver, both from Debian's packages
 * ({@code chromium}, {@code chromium-driver}), each with its own empty profile: a separate device.
 * The office's certificate is accepted as a member accepts it after comparing its fingerprint.
 */
public final class Browsers implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("suhbat.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("suhbat.chromedriver", "/usr/bin/chromedriver");

    private final List<ChromeDriver> open = new ArrayList<>();
    private final List<Path> profiles = new ArrayList<>();

    /** A new device with a window (viewport) of {@code width} × {@code height} CSS pixels. */
    public ChromeDriver open(int width, int height) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver packages ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "); .ci/run installs them");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("suhbat-device");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        profiles.add(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.setAcceptInsecureCerts(true);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
                "--force-device-scale-factor=1", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        open.add(driver);
        fitViewport(driver, width, height);
        return driver;
    }

    /** Makes the page's own viewport (not the window) {@code width} × {@code height}. */
    static void fitViewport(ChromeDriver driver, int width, int height) {
        Object inner = driver.executeScript("return [window.innerWidth, window.innerHeight];");
        List<?> size = (List<?>) inner;
        int dw = width - ((Number) size.get(0)).intValue();
        int dh = height - ((Number) size.get(1)).intValue();
        if (dw != 0 || dh != 0) {
            Dimension now = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(now.width + dw, now.height + dh));
        }
    }

    @Override
    public void close() {
        for (ChromeDriver driver : open) {
            try {
                driver.quit();
            } catch (RuntimeException ignored) {
                // the browser is already gone
            }
        }
        open.clear();
        for (Path profile : profiles) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder left behind
            }
        }
    }
}
