package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A town's own 双随机 sampling ratios (issue #15): humen.officer sees the city's ratio per grade, is told why a ratio
 * below the city's is refused (the field marked, nothing saved), raises grade A above it, sees the town's ratio
 * applied, and clears it back to the city's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class SamplingRatiosBrowserTest extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void noOverrideLeft() {
        // other journeys (the inspection plan's) read humen's ratios as the city's
        jdbc.update("delete from sampling_ratio_override where tenant_id = 'humen'");
    }

    @Test
    void anOfficerRaisesGradeAAboveTheCitysRatioButNotBelowIt() {
        logIn("humen.officer", "/tenants/humen/sampling-ratios");
        wait.until(d -> gradeRow("A").contains("5%") && gradeRow("A").contains("市信用办设置"));

        setRatio("3");
        browser.findElement(By.id("sampling-set")).click();
        wait.until(d -> d.findElement(By.id("sampling-ratio")).getDomAttribute("invalid") != null);
        assertThat(browser.findElement(By.id("sampling-ratio")).getDomProperty("errorMessage")).contains("5");
        assertThat(jdbc.queryForObject("select count(*) from sampling_ratio_override where tenant_id = 'humen'",
                Integer.class)).isZero();

        setRatio("8");
        browser.findElement(By.id("sampling-set")).click();
        wait.until(d -> gradeRow("A").contains("8%（本镇街（园区）设置）"));
        HeadlessChromium.screenshot(browser, "sampling-ratios");

        browser.findElement(By.id("sampling-clear")).click();
        wait.until(d -> gradeRow("A").contains("5%（市信用办设置）"));
    }

    private void setRatio(String value) {
        WebElement input = browser.findElement(By.cssSelector("#sampling-ratio input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
        input.sendKeys(Keys.TAB);
    }

    /** The text of the grid's cells in the row of a grade (the grid's cells are flat, four per row). */
    private String gradeRow(String grade) {
        var cells = browser.findElements(By.cssSelector("#sampling-ratios vaadin-grid-cell-content"));
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).getText().equals(grade)) {
                for (int j = i; j < Math.min(i + 4, cells.size()); j++) {
                    row.append(cells.get(j).getText()).append(' ');
                }
            }
        }
        return row.toString();
    }
}
