package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.workflows.inspection.InspectionPlanView;
import com.credittown.workflows.inspection.InspectionPlans;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Graded inspection plans through their two pages: humen.officer draws a plan for the quarter with a seed from humen's
 * subjects (grades from the city-wide archive), sees the drawn subjects with their inspectors (humen's officers in
 * Keycloak) and the export link; city.office reads the plan.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class InspectionPlanBrowserTest extends BrowserJourney {

    private static final TenantId HUMEN = new TenantId("humen");

    @LocalServerPort
    int port;
    @Autowired
    InspectionPlans plans;

    @Test
    void aTownsOfficerDrawsAPlanByGradeAndTheCityOfficeReadsIt() {
        String title = "双随机抽查浏览器测试" + UUID.randomUUID().toString().substring(0, 6);
        login("humen.officer", "/tenants/humen/inspection-plans");
        wait.until(d -> d.findElement(By.id("inspection-ratios")).getText().contains("市信用办设置："));
        type("inspection-title", "input", title);
        type("inspection-seed", "input", "20261207");
        HeadlessChromium.screenshot(browser, "inspection-plan-officer");
        clickPastNotices(By.id("inspection-draw"));
        InspectionPlanView plan = wait.until(d -> TenantContext.callAs(HUMEN, () -> plans.plans()).stream()
                .filter(p -> p.title().equals(title)).findFirst().orElse(null));
        assertThat(plan.seed()).isEqualTo(20261207L);
        assertThat(plan.items()).isNotEmpty();
        assertThat(plan.inspectors()).contains("humen.officer");
        assertThat(plan.items()).allSatisfy(i -> assertThat(plan.inspectors()).contains(i.inspector()));
        String first = plan.items().get(0).subjectName();
        wait.until(d -> d.findElement(By.id("inspection-items")).getText().contains(first));
        assertThat(browser.findElement(By.id("inspection-plan-info")).getText()).contains("20261207");
        assertThat(browser.findElements(By.id("inspection-xlsx"))).hasSize(1);
        HeadlessChromium.screenshot(browser, "inspection-plan-drawn");

        restartBrowser();
        login("city.office", "/city/inspection-plans");
        WebElement row = wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().equals(title) && cell.isDisplayed()).findFirst().orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", row);
        wait.until(d -> d.findElement(By.id("city-inspection-items")).getText().contains(first));
        HeadlessChromium.screenshot(browser, "inspection-plan-city");
        assertThat(browser.findElements(By.id("inspection-draw"))).isEmpty();
    }

    private void login(String username, String path) {
        RealKeycloak.logIn(browser, wait, "http://localhost:" + port, username, path);
    }

    private void type(String id, String tag, String text) {
        wait.until(d -> {
            WebElement field = d.findElement(By.cssSelector("#" + id + " " + tag));
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
            field.sendKeys(Keys.TAB);
            return true;
        });
    }
}
