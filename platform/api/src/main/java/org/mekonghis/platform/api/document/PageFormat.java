package org.mekonghis.platform.api.document;

/**
 * The paper a document is printed on. The renderer chooses margins and the body font size for
 * each format (smaller on A5 and on receipts).
 */
public enum PageFormat {
    /** A4 portrait, 210 × 297 mm: invoices, cost statements, reports. */
    A4(210, 297),
    /** A4 landscape, 297 × 210 mm: wide tables such as an itemised cost statement with many columns. */
    A4_LANDSCAPE(297, 210),
    /** A5 portrait, 148 × 210 mm: tickets, slips, prescriptions. */
    A5(148, 210),
    /**
     * An 80 mm thermal receipt roll. The page is as long as its content (up to
     * {@link #RECEIPT_MAX_HEIGHT_MM}; longer content continues on another page).
     */
    RECEIPT_80MM(80, 0);

    /** The longest single receipt page, in millimetres. */
    public static final float RECEIPT_MAX_HEIGHT_MM = 1000;

    private final float widthMm;
    private final float heightMm;

    PageFormat(float widthMm, float heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** The paper width in millimetres. */
    public float widthMm() {
        return widthMm;
    }

    /** The paper height in millimetres, or 0 for a roll whose pages are as long as their content. */
    public float heightMm() {
        return heightMm;
    }

    /** Whether the paper is a roll, cut after the content. */
    public boolean continuous() {
        return heightMm == 0;
    }
}
