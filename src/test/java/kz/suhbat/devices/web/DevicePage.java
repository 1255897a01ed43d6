package kz.suhbat.devices.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a member does on their device's page, as a member does it: taps, typing, the submit dialog. */
public final class DevicePage {

    private final ChromeDriver driver;
    private final String address;

    public DevicePage(ChromeDriver driver, String address) {
        this.driver = driver;
        this.address = address;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(100));
    }

    public void signIn(String login, String password) {
        driver.get(address + "signin");
        driver.findElement(By.id("login")).sendKeys(login);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("signIn")).click();
    }

    public void language(String code) {
        driver.findElement(By.cssSelector("nav.langs a[lang='" + code + "']")).click();
    }

    public WebElement awaitSheet() {
        try {
            return waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sheet")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No sheet at " + driver.getCurrentUrl() + " cookies " + driver.manage().getCookies() + ": " + driver.getPageSource(), e);
        }
    }

    public void level(String code, int level) {
        tap(driver.findElement(By.cssSelector("button.level[data-field='level:" + code + "'][data-value='" + level
                + "']")));
    }

    public void evidence(String code, String text) {
        type("evidence:" + code, text);
    }

    public void note(String code, int question, String text) {
        tap(driver.findElement(By.cssSelector("details.questions summary")));
        type("note:" + code + ":" + question, text);
    }

    private void type(String field, String text) {
        WebElement area = driver.findElement(By.cssSelector("textarea[data-field='" + field + "']"));
        area.sendKeys(text);
        area.sendKeys(Keys.TAB);
    }

    /** Taps an element as a member does: scrolled to the middle of the screen first, clear of the top bar. */
    public void tap(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** The state the page shows for a field: saving, saved, kept (on the device), or empty. */
    public String state(String field) {
        return driver.findElement(By.cssSelector("[data-status='" + field + "']")).getAttribute("data-state");
    }

    public void awaitState(String field, String state) {
        waiting().until(d -> state.equals(state(field)));
    }

    /** Submits the sheet, confirming the dialog; the page then waits for the others, or offers the vote. */
    public void submit() {
        tap(driver.findElement(By.id("submit")));
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
        try {
            waiting().until(d -> !d.findElements(By.id("submitted")).isEmpty()
                    || !d.findElements(By.id("voteForm")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Not submitted: " + driver.getPageSource(), e);
        }
    }

    public String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** Sends a request from the page itself, as its script would (same cookies); the status and the answer. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> fetch(String path, String json, boolean withToken) {
        return (Map<String, Object>) driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "var headers = {'Content-Type': 'application/json'};"
                        + "if (arguments[2]) { headers['X-Suhbat-Token'] = document.body.getAttribute('data-csrf'); }"
                        + "fetch(arguments[0], {method: 'POST', credentials: 'same-origin', headers: headers,"
                        + " body: arguments[1]}).then(function (r) { return r.text().then(function (t) {"
                        + " done({status: r.status, body: t}); }); }).catch(function (e) { done({status: -1, body: String(e)}); });",
                path, json, withToken);
    }

    /** Posts a form from the page (with the page's token), as a form of the page would. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> postForm(String path, List<String> pairs) {
        return (Map<String, Object>) driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "var form = new URLSearchParams(); var p = arguments[1];"
                        + "form.append('csrf', document.body.getAttribute('data-csrf'));"
                        + "for (var i = 0; i < p.length; i += 2) { form.append(p[i], p[i + 1]); }"
                        + "fetch(arguments[0], {method: 'POST', credentials: 'same-origin', body: form})"
                        + ".then(function (r) { return r.text().then(function (t) { done({status: r.status, body: t}); }); });",
                path, pairs);
    }
}
