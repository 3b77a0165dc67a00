package org.mekonghis.platform.api.document;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Renders {@link PrintDocument}s, registered by the platform as an OSGi service. Take it as a
 * reference ({@code @Reference DocumentRenderer renderer}); the PDF library stays inside the
 * platform.
 *
 * <p>Text is set in DejaVu Sans (regular, bold, oblique, bold oblique), embedded as a subset
 * with Unicode mapping: every Vietnamese letter prints, and the text can be searched and copied.
 * Characters the font lacks print as an empty box. The service is thread-safe.
 *
 * <p>Printing a patient's data is an audited event: record {@code AuditAction.PRINT} with the
 * patient and record ids when the document is handed to the user.
 *
 * @since 1.0
 */
@ProviderType
public interface DocumentRenderer {

    /** The media type of {@link #renderPdf}'s result, for HTTP responses and downloads. */
    String PDF_MEDIA_TYPE = "application/pdf";

    /**
     * The document as a PDF file.
     *
     * @throws IllegalArgumentException when an image cannot be decoded (its bytes begin like a
     *                                  PNG or JPEG but are not one)
     */
    byte[] renderPdf(PrintDocument document);
}
