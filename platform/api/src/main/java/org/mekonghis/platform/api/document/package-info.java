/**
 * Printable documents: a small, immutable model of a page-oriented document (headings,
 * paragraphs, label/value pairs, tables, images, signature blocks, page header and footer) that
 * bundles build with {@link org.mekonghis.platform.api.document.PrintDocument#builder}, and the
 * platform's {@link org.mekonghis.platform.api.document.DocumentRenderer} service that turns it
 * into PDF with embedded Unicode fonts, so that Vietnamese prints and can be searched and copied.
 * Bundles never see the PDF library itself. {@link org.mekonghis.platform.api.document.VietnameseFormats}
 * formats money, dates and amounts in words the way Vietnamese invoices and receipts show them.
 *
 * @since 1.0
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mekonghis.platform.api.document;
