package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit viewer in a real browser, logged in through Keycloak: humen's administrator sees humen's chain intact and
 * filters its entries by subject and user (changan's stay out of sight); after a row of humen's chain is edited in
 * the database, the city office's audit page shows humen's chain broken at that position.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class AuditViewerBrowserTest extends BrowserJourney {

    private static final TenantId HUMEN = new TenantId("humen");
    private static final TenantId CHANGAN = new TenantId("changan");

    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    private final String marker = "audit-" + UUID.randomUUID().toString().substring(0, 8);

    private long write(TenantId tenant, String actor, String detail) {
        return TenantContext.callAs(tenant, () -> transactions.execute(tx ->
                audit.record(actor, "CREDIT_RECORD_PUBLISHED", "credit-record", marker, detail)));
    }

    @Test
    void anAdministratorFiltersItsTenantsEntriesAndTheCityOfficeSeesABrokenChain() {
        write(HUMEN, "officer-a", "公示行政处罚");
        write(HUMEN, "officer-b", "公示行政许可");
        long last = write(HUMEN, "officer-a", "公示结束");
        write(CHANGAN, "officer-a", "长安的记录");

        // humen's administrator: the chain is intact, the filters narrow the entries to humen's own
        logIn("humen.admin", "/tenants/humen/audit");
        WebElement status = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit-chain-status")));
        assertThat(browser.findElement(By.id("nav-audit")).getText()).isEqualTo("审计日志");
        assertThat(status.getDomAttribute("data-intact")).isEqualTo("true");
        assertThat(status.getText()).startsWith("审计链完整：共 ");
        type("audit-subject-id", marker);
        click(By.id("audit-search"));
        wait.until(d -> d.findElement(By.id("audit-count")).getText().equals("共 3 条"));
        assertThat(browser.getPageSource()).contains("公示行政许可").doesNotContain("长安的记录");
        type("audit-actor", "officer-b");
        click(By.id("audit-search"));
        wait.until(d -> d.findElement(By.id("audit-count")).getText().equals("共 1 条"));
        HeadlessChromium.screenshot(browser, "audit-log");

        long position = jdbc.queryForObject("select chain_seq from audit_entry where id = ?", Long.class, last);
        String original = jdbc.queryForObject("select detail from audit_entry where id = ?", String.class, last);
        try {
            // someone with database access softens an entry
            jdbc.update("update audit_entry set detail = '无' where id = ?", last);

            restartBrowser();
            logIn("city.office", "/city/audit");
            WebElement humen = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("chain-humen")));
            assertThat(browser.findElement(By.id("nav-city-audit")).getText()).isEqualTo("审计");
            assertThat(humen.getDomAttribute("data-intact")).isEqualTo("false");
            assertThat(humen.getText()).isEqualTo("审计链断裂：第 " + position + " 位（记录 " + last + "）：内容与其 SM3 哈希不符（记录被修改）");
            assertThat(browser.findElement(By.id("chain-changan")).getDomAttribute("data-intact")).isEqualTo("true");
            // the city office reads every tenant's entries
            type("audit-subject-id", marker);
            click(By.id("audit-search"));
            wait.until(d -> d.findElement(By.id("audit-count")).getText().equals("共 4 条"));
            assertThat(browser.getPageSource()).contains("长安的记录");
            HeadlessChromium.screenshot(browser, "city-audit");
        } finally {
            jdbc.update("update audit_entry set detail = ? where id = ?", original, last);
        }
    }

    @Test
    void anOfficerHasNoAuditPage() {
        logIn("humen.officer", "/tenants/humen/tasks");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-tasks")));
        assertThat(browser.findElements(By.id("nav-audit"))).isEmpty();

        browser.get(appBase() + "/tenants/humen/audit");
        wait.until(d -> !d.findElements(By.tagName("body")).isEmpty()
                && d.findElement(By.tagName("body")).getText().length() > 0);
        assertThat(browser.findElements(By.id("audit-chain-status"))).isEmpty();
    }

    private void type(String id, String text) {
        wait.until(d -> {
            WebElement field = d.findElement(By.cssSelector("#" + id + " input"));
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
            field.sendKeys(Keys.TAB);
            return true;
        });
    }

    private void click(By by) {
        wait.until(d -> {
            ((JavascriptExecutor) d).executeScript("arguments[0].click();", d.findElement(by));
            return true;
        });
    }
}
