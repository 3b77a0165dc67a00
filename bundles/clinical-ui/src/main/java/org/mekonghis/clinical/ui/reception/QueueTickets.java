package org.mekonghis.clinical.ui.reception;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.mekonghis.clinical.ui.internal.Formats;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.clinical.ui.patient.PatientLabels;
import org.mekonghis.encounter.api.CoverageType;
import org.mekonghis.encounter.api.DepartmentDto;
import org.mekonghis.encounter.api.EncounterDto;
import org.mekonghis.encounter.api.RoomDto;
import org.mekonghis.patient.api.PatientDto;
import org.mekonghis.platform.api.audit.AuditAction;
import org.mekonghis.platform.api.audit.AuditLog;
import org.mekonghis.platform.api.document.Align;
import org.mekonghis.platform.api.document.DocumentRenderer;
import org.mekonghis.platform.api.document.LabeledValue;
import org.mekonghis.platform.api.document.PageFormat;
import org.mekonghis.platform.api.document.PrintDocument;
import org.mekonghis.platform.api.document.TextStyle;

/**
 * The queue ticket handed to the patient at check-in, on an 80 mm receipt: the facility, the
 * room, the queue number in large type, the patient's name and code, the time and who pays. It
 * is always in Vietnamese, the patient's language, whatever the clerk's screen language. Each
 * printing is recorded in the audit log.
 */
public final class QueueTickets {
    /** Record type of the audit entry of a printed ticket. */
    static final String AUDIT_RECORD_TYPE = "encounter.ticket";
    static final float NUMBER_POINTS = 44;

    private final DocumentRenderer renderer;
    private final AuditLog audit;
    private final Texts ticketTexts;
    private final Formats formats;
    private final String facilityName;

    /**
     * @param ticketTexts  the texts printed on the ticket (Vietnamese)
     * @param facilityName the facility's name printed at the top
     */
    public QueueTickets(DocumentRenderer renderer, AuditLog audit, Texts ticketTexts, Formats formats,
            String facilityName) {
        this.renderer = renderer;
        this.audit = audit;
        this.ticketTexts = ticketTexts;
        this.formats = formats;
        this.facilityName = facilityName;
    }

    /** The ticket of a check-in as a document. */
    PrintDocument document(PatientDto patient, EncounterDto encounter, RoomDto room, DepartmentDto department) {
        Texts t = ticketTexts;
        PrintDocument.Builder b = PrintDocument.builder(PageFormat.RECEIPT_80MM)
                .title(t.get("clinical.ticket.title") + " " + encounter.code()).author(facilityName)
                .language(t.locale());
        b.paragraph(facilityName, TextStyle.NORMAL.bold().align(Align.CENTER));
        b.heading(t.get("clinical.ticket.heading"));
        if (department != null) {
            b.paragraph(department.name(), TextStyle.NORMAL.align(Align.CENTER));
        }
        if (room != null) {
            b.paragraph(room.name(), TextStyle.NORMAL.bold().align(Align.CENTER).size(12));
        }
        if (encounter.queueNumber() != null) {
            b.paragraph(Integer.toString(encounter.queueNumber()),
                    TextStyle.NORMAL.bold().align(Align.CENTER).size(NUMBER_POINTS));
        }
        b.dashedRule();
        List<LabeledValue> rows = new ArrayList<>();
        rows.add(LabeledValue.of(t.get("clinical.ticket.patient"), patient.fullName()));
        rows.add(LabeledValue.of(t.get("clinical.ticket.patientCode"), patient.code()));
        String birth = PatientLabels.birth(patient, formats);
        if (!birth.isEmpty()) {
            rows.add(LabeledValue.of(t.get("clinical.ticket.birth"), birth));
        }
        rows.add(LabeledValue.of(t.get("clinical.ticket.encounterCode"), encounter.code()));
        rows.add(LabeledValue.of(t.get("clinical.ticket.time"), formats.dateTime(encounter.openedAt())));
        rows.add(LabeledValue.of(t.get("clinical.ticket.coverage"), coverage(encounter)));
        b.keyValues(rows.toArray(LabeledValue[]::new));
        b.dashedRule();
        b.paragraph(t.get("clinical.ticket.wait"), TextStyle.NORMAL.italic().align(Align.CENTER));
        return b.build();
    }

    private String coverage(EncounterDto encounter) {
        if (encounter.coverage() == null || encounter.coverage().type() != CoverageType.INSURANCE) {
            return ticketTexts.get("clinical.coverage.SELF_PAY");
        }
        String card = encounter.coverage().cardNumber();
        String route = encounter.coverage().route() == null ? ""
                : " – " + ticketTexts.get("clinical.route." + encounter.coverage().route().name());
        return ticketTexts.get("clinical.coverage.INSURANCE") + (card == null ? "" : " " + card) + route;
    }

    /** The ticket as a PDF; records the printing. */
    byte[] render(PatientDto patient, EncounterDto encounter, RoomDto room, DepartmentDto department) {
        byte[] pdf = renderer.renderPdf(document(patient, encounter, room, department));
        audit.record(AuditAction.PRINT, patient.id(), AUDIT_RECORD_TYPE, encounter.id());
        return pdf;
    }

    /** A link that opens the ticket in the browser's PDF viewer, ready to print. */
    Component link(PatientDto patient, EncounterDto encounter, RoomDto room, DepartmentDto department, Texts texts) {
        String fileName = "phieu-" + encounter.code() + ".pdf";
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            byte[] pdf = render(patient, encounter, room, department);
            return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, DocumentRenderer.PDF_MEDIA_TYPE,
                    pdf.length);
        }, fileName);
        Anchor anchor = new Anchor(handler, AttachmentType.INLINE, "");
        anchor.add(VaadinIcon.PRINT.create(), new Span(" "
                + texts.get("clinical.checkIn.print")));
        anchor.setTarget("_blank");
        anchor.setId("checkin-print");
        return anchor;
    }
}
