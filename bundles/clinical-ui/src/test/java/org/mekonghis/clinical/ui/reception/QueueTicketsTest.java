package org.mekonghis.clinical.ui.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mekonghis.clinical.ui.internal.BundleMessages;
import org.mekonghis.clinical.ui.internal.ClinicalSettings;
import org.mekonghis.clinical.ui.internal.Formats;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.encounter.api.Coverage;
import org.mekonghis.encounter.api.CoverageType;
import org.mekonghis.encounter.api.DepartmentDto;
import org.mekonghis.encounter.api.EncounterDto;
import org.mekonghis.encounter.api.EncounterStatus;
import org.mekonghis.encounter.api.EncounterType;
import org.mekonghis.encounter.api.InsuranceRoute;
import org.mekonghis.encounter.api.QueueStatus;
import org.mekonghis.encounter.api.RoomDto;
import org.mekonghis.patient.api.PatientDto;
import org.mekonghis.patient.api.Sex;
import org.mekonghis.platform.api.document.Align;
import org.mekonghis.platform.api.document.Block;
import org.mekonghis.platform.api.document.LabeledValue;
import org.mekonghis.platform.api.document.PageFormat;
import org.mekonghis.platform.api.document.PrintDocument;
import org.mekonghis.platform.api.i18n.Messages;

class QueueTicketsTest {
    private static final Instant OPENED = Instant.parse("2026-11-24T02:05:00Z");
    private static final PatientDto LAN = new PatientDto("p-1", "BN26000007", "Nguyễn Thị Lan",
            LocalDate.of(1985, 3, 15), 1985, Sex.FEMALE, "01", "VN", null, "0901234567", null, null, null, null, false,
            false, false, null, null, OPENED, OPENED);
    private static final RoomDto ROOM = new RoomDto("P101", "Phòng khám Nội 1", "KKB", true);
    private static final DepartmentDto KKB = new DepartmentDto("KKB", "Khoa Khám bệnh");

    private final QueueTickets tickets = new QueueTickets(null, null,
            new Texts(new BundleMessages(), Messages.VIETNAMESE), new Formats(ClinicalSettings.DEFAULT_ZONE),
            "Bệnh viện Đa khoa Mê Kông");

    private static EncounterDto encounter(Integer queueNumber, Coverage coverage) {
        return new EncounterDto("e-1", "LK260000042", "p-1", queueNumber == null ? EncounterType.EMERGENCY
                : EncounterType.OUTPATIENT, "KKB", queueNumber, LocalDate.of(2026, 11, 24), "Sốt",
                EncounterStatus.OPEN, null, OPENED, null, queueNumber == null ? null : "P101",
                queueNumber == null ? null : QueueStatus.WAITING, null, null, coverage, null, List.of(), null, null,
                null, null, null, null, null, null);
    }

    private static List<String> paragraphs(PrintDocument d) {
        return d.blocks().stream().filter(Block.Paragraph.class::isInstance).map(b -> ((Block.Paragraph) b).text())
                .toList();
    }

    private static List<LabeledValue> values(PrintDocument d) {
        return d.blocks().stream().filter(Block.KeyValues.class::isInstance)
                .flatMap(b -> ((Block.KeyValues) b).entries().stream()).toList();
    }

    @Test
    void ticket_isAReceipt_withFacilityRoomNumberInLargeType_patientTimeAndCoverage() {
        Coverage insured = new Coverage(CoverageType.INSURANCE, InsuranceRoute.CORRECT_ROUTE, null, null,
                "HS4010120878811", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "79001", null);

        PrintDocument d = tickets.document(LAN, encounter(7, insured), ROOM, KKB);

        assertThat(d.format()).isEqualTo(PageFormat.RECEIPT_80MM);
        assertThat(d.title()).isEqualTo("Phiếu số thứ tự LK260000042");
        assertThat(paragraphs(d)).startsWith("Bệnh viện Đa khoa Mê Kông").contains("Khoa Khám bệnh",
                "Phòng khám Nội 1", "7", "Vui lòng chờ đến lượt được gọi số.");
        Block.Paragraph number = d.blocks().stream().filter(Block.Paragraph.class::isInstance)
                .map(Block.Paragraph.class::cast).filter(p -> p.text().equals("7")).findFirst().orElseThrow();
        assertThat(number.style().size()).isEqualTo(QueueTickets.NUMBER_POINTS);
        assertThat(number.style().isBold()).isTrue();
        assertThat(number.style().align()).isEqualTo(Align.CENTER);
        assertThat(values(d)).containsExactly(LabeledValue.of("Họ tên:", "Nguyễn Thị Lan"),
                LabeledValue.of("Mã BN:", "BN26000007"), LabeledValue.of("Ngày/năm sinh:", "15/03/1985"),
                LabeledValue.of("Mã lượt khám:", "LK260000042"), LabeledValue.of("Thời gian:", "24/11/2026 09:05"),
                LabeledValue.of("Đối tượng:", "Bảo hiểm y tế HS4010120878811 – Đúng tuyến"));
    }

    @Test
    void emergencyTicket_hasNoQueueNumber_andSelfPayIsNamed() {
        PrintDocument d = tickets.document(LAN, encounter(null, Coverage.selfPay()), null, KKB);

        assertThat(paragraphs(d)).noneMatch(p -> p.matches("\\d+"));
        assertThat(values(d)).contains(LabeledValue.of("Đối tượng:", "Viện phí (tự chi trả)"));
    }
}
