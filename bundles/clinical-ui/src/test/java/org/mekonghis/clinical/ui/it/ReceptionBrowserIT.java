package org.mekonghis.clinical.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mekonghis.platform.testing.PdfText;
import org.mekonghis.platform.testing.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Reception to the doctor's room in a real browser against the real platform, on every supported
 * database: a search without diacritics, a keyboard-only registration refused and then accepted,
 * check-in with a queue number and the printed ticket; the room's queue updating by itself and
 * calling the next patient; the patient's chart with the diagnosis set from ICD-10.
 */
class ReceptionBrowserIT {

    @TempDir
    Path home;

    static List<TestDatabase.Kind> databases() {
        return TestDatabase.kinds();
    }

    private static long found(ClinicalSite site, String query) throws Exception {
        String body = site.platform().get("/api/patient/patients?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Long.parseLong(m.group(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void reception_registersAndChecksIn_byKeyboard_thenTheDoctorCallsThePatientAndDiagnoses(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db"));
                ClinicalSite site = ClinicalSite.start(home, db)) {
            site.screenshotOnFailure("reception-failure", () -> {
                site.registerPatient("{\"fullName\":\"Nguyễn Văn An\",\"birthYear\":1980,\"sex\":\"MALE\"}");
                String hoa = site.registerPatient(
                        "{\"fullName\":\"Lê Thị Hoa\",\"birthYear\":1990,\"sex\":\"FEMALE\"}");

                site.signInAndOpen("reception", "reception-search");
                site.waitForFocus("reception-search");
                site.keys("nguyen van an");
                site.browser().waitUntil(d -> site.byId("reception-total").getText().equals("Tìm thấy 1 bệnh nhân"));
                site.browser().waitForVaadin();
                assertThat(site.browser().bodyText()).contains("Nguyễn Văn An");
                assertThat(site.browser().bodyText()).doesNotContain("Lê Thị Hoa");
                site.screenshot("reception-search");

                // F2: typing a name already on file lists that patient; the clerk takes it instead
                site.keys(Keys.F2);
                site.byId("patient-editor");
                site.waitForFocus("patient-fullname");
                site.keys("Nguyen Van An");
                site.byId("patient-duplicate-use-BN26000001").click();
                site.browser().waitUntil(d -> d.findElements(By.id("patient-editor")).isEmpty());
                site.browser().waitUntil(d -> "BN26000001".equals(site.byId("reception-search").getAttribute("value")));

                // F2 again: the registration form, filled in without the mouse; a citizen id of 6 digits is refused
                site.keys(Keys.F2);
                site.byId("patient-editor");
                site.waitForFocus("patient-fullname");
                site.keys("Trần Thị Bình");
                site.tabTo("patient-birthyear");
                site.keys("1985");
                site.tabTo("patient-sex");
                site.keys(Keys.ARROW_RIGHT);
                site.tabTo("patient-cccd");
                site.keys("079185");
                site.ctrl(Keys.ENTER);
                site.browser().waitUntil(d -> site.byId("patient-cccd").getAttribute("invalid") != null);
                site.browser().waitForVaadin();
                assertThat(site.browser().deepText()).contains("Số CCCD gồm đúng 12 chữ số.");
                site.screenshot("reception-registration-refused");
                assertThat(found(site, "tran thi binh")).isZero();

                // the focus is on the refused field: correct it and save again
                assertThat(site.focusIn("patient-cccd")).isTrue();
                site.ctrl("a");
                site.keys("079185001234");
                site.ctrl(Keys.ENTER);

                // saved: the check-in dialog opens for the new patient
                site.byId("checkin-dialog");
                site.browser().waitForVaadin();
                assertThat(site.byId("checkin-patient").getText()).contains("Trần Thị Bình").contains("Nữ");
                assertThat(found(site, "tran thi binh")).isEqualTo(1);
                site.tabTo("checkin-reason");
                site.keys("Sốt, ho 3 ngày");
                site.ctrl(Keys.ENTER);
                String number = site.byId("checkin-queue-number").getText();
                assertThat(number).isEqualTo("1");
                String room = site.byId("checkin-result-room").getText();
                site.screenshot("reception-checked-in");

                // the ticket: a PDF with the name (with its diacritics), the room and the number
                String href = site.byId("checkin-print").getAttribute("href");
                byte[] pdf = site.fetch(href);
                assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                Files.createDirectories(ClinicalSite.SCREENSHOTS);
                Files.write(ClinicalSite.SCREENSHOTS.resolve("ticket-" + kind + ".pdf"), pdf);
                String text = PdfText.extract(pdf);
                assertThat(text).contains("Trần Thị Bình", room, "PHIẾU SỐ THỨ TỰ", "Bệnh viện Đa khoa Mê Kông");
                assertThat(text.lines().map(String::strip)).contains(number);
                assertThat(site.platform().queryLong("SELECT COUNT(*) FROM plt_audit WHERE action = 'PRINT'"
                        + " AND record_type = 'encounter.ticket'")).isEqualTo(1);
                site.browser().driver().findElement(By.id("checkin-close")).click();

                // the doctor's queue of that room: a check-in made elsewhere appears by itself; F9 calls the next
                assertThat(room).isEqualTo("Phòng khám Nội 1");
                site.open("clinic/queue", "queue-room");
                site.waitForFocus("queue-room");
                site.keys(room);
                site.browser().waitUntil(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                        .anyMatch(i -> i.getText().equals(room) && i.isDisplayed()));
                site.keys(Keys.ENTER);
                site.byId("queue-grid");
                site.browser().waitFor(By.cssSelector("vaadin-badge[data-number='1'][data-status='WAITING']"));
                assertThat(site.platform().post("/api/encounter/encounters", "{\"patientId\":\"" + hoa
                        + "\",\"type\":\"OUTPATIENT\",\"departmentCode\":\"KKB\",\"roomCode\":\"P101\","
                        + "\"reason\":\"Đau họng\"}").statusCode()).isEqualTo(201);
                site.browser().waitFor(By.cssSelector("vaadin-badge[data-number='2'][data-status='WAITING']"));
                site.browser().waitForText("Lê Thị Hoa");
                site.keys(Keys.F9);
                site.browser().waitFor(By.cssSelector("vaadin-badge[data-number='1'][data-status='IN_PROGRESS']"));
                assertThat(site.byId("queue-current").getText()).contains("Trần Thị Bình");
                assertThat(site.browser().driver().findElements(
                        By.cssSelector("vaadin-badge[data-number='2'][data-status='WAITING']"))).hasSize(1);
                site.screenshot("queue-called");

                // the chart of the patient called in: header, allergies slot, the visit, and the diagnosis
                site.byId("queue-current-chart").click();
                site.byId("chart-header");
                site.browser().waitForVaadin();
                assertThat(site.byId("chart-name").getText()).isEqualTo("Trần Thị Bình");
                assertThat(site.byId("chart-demographics").getText()).contains("tuổi", "Nữ");
                assertThat(site.byId("chart-insurance").getText()).isEqualTo("Không có thẻ BHYT");
                assertThat(site.byId("chart-allergies").getText()).isEqualTo("Dị ứng: chưa ghi nhận");
                site.browser().waitForText("Phòng khám Nội 1");
                WebElement diagnose = site.browser().waitFor(By.cssSelector("[id^='chart-diagnose-LK']"));
                diagnose.click();
                site.byId("diagnosis-dialog");
                site.waitForFocus("diagnosis-primary");
                site.keys("J06.9");
                site.browser().waitUntil(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
                site.keys(Keys.ARROW_DOWN, Keys.ENTER);
                site.ctrl(Keys.ENTER);
                site.browser().waitFor(By.cssSelector(".diagnosis-primary"));
                assertThat(site.browser().driver().findElement(By.cssSelector(".diagnosis-primary")).getText())
                        .startsWith("J06.9 ");
                site.screenshot("chart-diagnosed");

                // the visit ends with its outcome: home
                site.browser().waitFor(By.cssSelector("[id^='chart-close-LK']")).click();
                site.byId("close-visit-dialog");
                site.waitForFocus("close-visit-outcome");
                site.ctrl(Keys.ENTER);
                site.browser().waitUntil(d -> d.findElements(By.cssSelector("[id^='chart-close-LK']")).isEmpty());
                site.browser().waitForText("Về nhà");
                assertThat(site.byId("chart-encounters-grid").getText()).contains("Đã kết thúc");
            });
        }
    }
}
