package org.mekonghis.platform.launcher.document;

import org.mekonghis.platform.api.document.PageFormat;

/**
 * Margins and type sizes per paper format, in points. Forms printed in Vietnamese hospitals
 * leave a wider left margin on A4 for filing; receipts use nearly the whole 80 mm roll
 * (printable width about 72 mm).
 */
record PageLayout(float width, float height, float top, float right, float bottom, float left, float body,
        float table, float small) {

    static final float MM = 72f / 25.4f;

    static PageLayout of(PageFormat format) {
        float w = format.widthMm() * MM;
        float h = (format.continuous() ? PageFormat.RECEIPT_MAX_HEIGHT_MM : format.heightMm()) * MM;
        return switch (format) {
            case A4 -> new PageLayout(w, h, 15 * MM, 15 * MM, 15 * MM, 20 * MM, 11, 9, 8);
            case A4_LANDSCAPE -> new PageLayout(w, h, 15 * MM, 15 * MM, 15 * MM, 15 * MM, 10, 8.5f, 8);
            case A5 -> new PageLayout(w, h, 10 * MM, 10 * MM, 10 * MM, 12 * MM, 10, 8.5f, 7);
            case RECEIPT_80MM -> new PageLayout(w, h, 4 * MM, 4 * MM, 5 * MM, 4 * MM, 8, 7.5f, 6.5f);
        };
    }

    /** The width between the margins. */
    float textWidth() {
        return width - left - right;
    }
}
