package org.mekonghis.clinical.ui.admin;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import org.mekonghis.clinical.ui.internal.Notices;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.MekongException;

/**
 * A file upload that hands the file to an import and shows its result: how many entries were
 * added and changed, and every refused line with the reason.
 */
final class ImportPanel extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    /** Largest file accepted: the full ICD-10 list as CSV or workbook is a few megabytes. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    /** What an import did, whichever module ran it. */
    record Outcome(int inserted, int updated, List<FieldError> rejected) {
    }

    /** Runs the import of one file. */
    @FunctionalInterface
    interface Importer {
        Outcome run(String fileName, byte[] content);
    }

    private final Texts texts;
    private final String idPrefix;
    private final VerticalLayout result = new VerticalLayout();

    ImportPanel(Texts texts, String idPrefix, String hintKey, Importer importer, String... acceptedTypes) {
        this.texts = texts;
        this.idPrefix = idPrefix;
        setPadding(false);
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            try {
                show(importer.run(metadata.fileName(), data));
            } catch (MekongException e) {
                result.removeAll();
                Notices.error(texts, e);
            }
        }));
        upload.setId(idPrefix + "-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(acceptedTypes);
        Button choose = new Button(texts.get("clinical.import.choose"), VaadinIcon.UPLOAD.create());
        upload.setUploadButton(choose);
        upload.setDropLabel(new Span(texts.get("clinical.import.drop")));
        result.setId(idPrefix + "-result");
        result.setPadding(false);
        result.setSpacing(false);
        add(new Span(texts.get(hintKey)), upload, result);
    }

    private void show(Outcome outcome) {
        result.removeAll();
        Span counts = new Span(texts.get("clinical.import.counts", outcome.inserted(), outcome.updated(),
                outcome.rejected().size()));
        counts.setId(idPrefix + "-counts");
        counts.getStyle().set("font-weight", "600");
        result.add(counts);
        for (FieldError rejected : outcome.rejected()) {
            // the message names the line and what is wrong with it
            Span line = new Span(texts.of(rejected));
            line.addClassName("import-rejected");
            line.getStyle().set("color", "var(--lumo-error-text-color)");
            result.add(line);
        }
        Notices.success(texts.get("clinical.import.done"));
    }
}
