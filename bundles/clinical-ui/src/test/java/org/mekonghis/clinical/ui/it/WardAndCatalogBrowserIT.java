package org.mekonghis.clinical.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mekonghis.platform.testing.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The ward census, the catalogs and the chart's record actions in a real browser, in English, on
 * one platform for all (on PostgreSQL when a server is configured, else on Derby): admission into
 * a free bed, which then shows occupied, and the discharge that frees it; a commune list with a bad
 * line imported, its result shown; a clinic room added and deactivated; the ICD-10 catalog
 * searched; a record voided only with a reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WardAndCatalogBrowserIT {

    private Path home;
    private TestDatabase db;
    private ClinicalSite site;

    @BeforeAll
    void startInEnglish(@TempDir Path dir) throws Exception {
        home = dir;
        // PostgreSQL when a server is configured (reception runs on both), else Derby
        List<TestDatabase.Kind> kinds = TestDatabase.kinds();
        db = TestDatabase.create(kinds.get(kinds.size() - 1), home.resolve("db"));
        site = ClinicalSite.start(home, db);
        site.signInAndOpen("wards/census?department=NOI", "census-grid");
        // the shell's language switch reloads the screen in English, for the rest of the session
        site.byId("shell-language").click();
        site.browser().waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.getText().contains("English") && item.isDisplayed()).findFirst()
                .orElse(null)).click();
        site.browser().waitForText("Ward census – beds");
    }

    @AfterAll
    void stop() throws Exception {
        try {
            site.close();
        } finally {
            db.close();
        }
    }

    /** The state a bed's badge shows; read in the page, as the grid may redraw its rows meanwhile. */
    private String state(String bed) {
        Object state = site.browser().script("const b = document.getElementById(arguments[0]);"
                + " return b ? b.getAttribute('data-state') : null;", "census-state-" + bed);
        return state == null ? null : state.toString();
    }

    @Test
    void census_inEnglish_admissionOccupiesTheBed_andDischargeFreesIt() throws Exception {
        String patient = site.registerPatient("{\"fullName\":\"Phạm Văn Cường\",\"birthYear\":1958,\"sex\":\"MALE\"}");
        assertThat(site.platform().post("/api/encounter/encounters", "{\"patientId\":\"" + patient
                + "\",\"type\":\"EMERGENCY\",\"departmentCode\":\"CC\",\"reason\":\"Đau ngực trái\"}").statusCode())
                .isEqualTo(201);
        site.screenshotOnFailure("census-failure", () -> {
            site.open("wards/census?department=NOI", "census-grid");
            assertThat(site.browser().bodyText()).contains("Ward census – beds", "Admit a patient", "Days of stay",
                    "Occupied beds: 0", "Reception", "Clinic room queue").doesNotContain("Giường trống", "!en:",
                    "!vi:");
            assertThat(state("NOI-A-01")).isEqualTo("FREE");
            site.screenshot("census-en");

            // admit from the open emergency visit into bed NOI-A-01
            site.byId("census-admit-NOI-A-01").click();
            site.byId("admit-dialog");
            site.waitForFocus("admit-picker-search");
            site.keys("pham van cuong", Keys.ENTER);
            WebElement row = site.browser().waitUntil(d -> d.findElements(By.cssSelector(
                    "#admit-picker-grid vaadin-grid-cell-content")).stream()
                    .filter(c -> c.getText().equals("Phạm Văn Cường")).findFirst().orElse(null));
            new Actions(site.browser().driver()).doubleClick(row).perform();
            site.browser().waitUntil(d -> !site.byId("admit-from").getAttribute("value").isEmpty());
            site.tabTo("admit-reason");
            site.keys("Nhồi máu cơ tim cấp, theo dõi");
            site.ctrl(Keys.ENTER);
            site.browser().waitUntil(d -> "OCCUPIED".equals(state("NOI-A-01")));
            site.browser().waitForVaadin();
            assertThat(site.byId("census-patient-NOI-A-01").getText()).contains("Phạm Văn Cường");
            assertThat(site.byId("census-totals").getText()).startsWith("Occupied beds: 1 ·");
            site.screenshot("census-admitted");

            // discharge home, cured: the bed is free at once
            site.byId("census-discharge-NOI-A-01").click();
            site.byId("discharge-dialog");
            site.waitForFocus("discharge-result");
            site.keys("Cured");
            site.browser().waitUntil(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                    .anyMatch(i -> i.getText().equals("Cured") && i.isDisplayed()));
            site.keys(Keys.ENTER);
            site.ctrl(Keys.ENTER);
            site.browser().waitUntil(d -> "FREE".equals(state("NOI-A-01")));
            site.browser().waitForVaadin();
            assertThat(site.byId("census-totals").getText()).startsWith("Occupied beds: 0 ·");
            assertThat(site.platform().get("/api/encounter/encounters?patientId=" + patient).body())
                    .contains("\"type\":\"INPATIENT\"").contains("\"status\":\"CLOSED\"");
        });
    }

    @Test
    void communeImport_showsWhatWasAddedAndEveryRefusedLine() throws Exception {
        Path csv = home.resolve("communes.csv");
        Files.writeString(csv, "code,name,provinceCode\n00004,Phường Ba Đình,01\n00008,Phường Ngọc Hà,01\n"
                + "0001,Xã Sai Mã,01\n", StandardCharsets.UTF_8);
        site.screenshotOnFailure("communes-failure", () -> {
            site.open("catalogs/communes", "communes-import-upload");
            WebElement upload = site.byId("communes-import-upload");
            // the file input lies in the upload's shadow root or, in newer versions, in its light DOM
            WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                    .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
            input.sendKeys(csv.toAbsolutePath().toString());
            String counts = site.browser().waitFor(By.id("communes-import-counts")).getText();
            assertThat(counts).isEqualTo("Added: 2 · Updated: 0 · Lines refused: 1");
            assertThat(site.browser().driver().findElements(By.cssSelector(".import-rejected"))).singleElement()
                    .extracting(WebElement::getText).asString().startsWith("Line 4:");
            site.screenshot("communes-imported");

            // the province picker finds "Hà Nội" typed without diacritics and lists its communes
            site.byId("communes-province").click();
            site.keys("ha noi");
            site.browser().waitUntil(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                    .anyMatch(i -> i.getText().equals("Hà Nội") && i.isDisplayed()));
            site.keys(Keys.ARROW_DOWN, Keys.ENTER);
            site.browser().waitForText("Phường Ngọc Hà");
            assertThat(site.browser().bodyText()).contains("Phường Ba Đình").doesNotContain("Xã Sai Mã");
        });
    }

    @Test
    void facilityAdministration_addsAClinicRoom_andDeactivatesIt() throws Exception {
        site.screenshotOnFailure("facility-failure", () -> {
            site.open("catalogs/facility", "facility-tabs");
            site.browser().waitForText("Departments, clinic rooms, wards and beds");
            site.browser().driver().findElements(By.cssSelector("#facility-tabs vaadin-tab")).stream()
                    .filter(t -> t.getText().equals("Clinic rooms")).findFirst().orElseThrow().click();
            site.byId("facility-add-room").click();
            site.byId("facility-editor");
            site.waitForFocus("facility-code");
            site.keys("P301");
            site.tabTo("facility-name");
            site.keys("Phòng khám Da liễu");
            site.tabTo("facility-department");
            site.keys("Khoa Khám");
            site.browser().waitUntil(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                    .anyMatch(i -> i.getText().startsWith("Khoa Khám bệnh") && i.isDisplayed()));
            site.keys(Keys.ARROW_DOWN, Keys.ENTER);
            site.ctrl(Keys.ENTER);
            WebElement toggle = site.byId("facility-toggle-P301");
            site.browser().script("arguments[0].scrollIntoView({block: 'center'});", toggle);
            toggle.click();
            site.browser().waitUntil(d -> site.byId("facility-toggle-P301").getText().equals("Reactivate"));
            assertThat(site.platform().get("/api/encounter/rooms?includeInactive=true").body())
                    .contains("Phòng khám Da liễu");
            site.screenshot("facility-room-added");
        });
    }

    @Test
    void icd10Catalog_findsCodesByWordsWithoutDiacritics() throws Exception {
        site.screenshotOnFailure("icd10-failure", () -> {
            site.open("catalogs/icd10", "icd10-search");
            site.byId("icd10-search").click();
            site.keys("viem hong cap");
            site.browser().waitForText("Viêm họng cấp, không đặc hiệu");
            assertThat(site.browser().bodyText()).contains("J02.9");
        });
    }

    @Test
    void chart_voidsARecord_onlyWithAReason() throws Exception {
        String patient = site.registerPatient("{\"fullName\":\"Đỗ Thị Mai\",\"birthYear\":1972,\"sex\":\"FEMALE\"}");
        site.screenshotOnFailure("chart-failure", () -> {
            site.open("patients/" + patient, "chart-header");
            assertThat(site.byId("chart-name").getText()).isEqualTo("Đỗ Thị Mai");
            assertThat(site.byId("chart-allergies").getText()).isEqualTo("Allergies: none recorded");
            site.byId("chart-void").click();
            site.byId("void-dialog");
            site.waitForFocus("void-reason");
            site.keys(Keys.ENTER);
            site.browser().waitUntil(d -> site.byId("void-reason").getAttribute("invalid") != null);
            assertThat(site.browser().deepText()).contains("Enter the reason for voiding the record.");
            site.keys("Đăng ký trùng, nhầm người");
            site.keys(Keys.ENTER);
            assertThat(site.byId("chart-record-status").getText()).isEqualTo("Record voided");
            assertThat(site.browser().driver().findElements(By.id("chart-void"))).isEmpty();
        });
    }
}
