package org.mekonghis.platform.api.document;

/** Horizontal alignment of text, a table column or an image. */
public enum Align {
    LEFT, CENTER, RIGHT
}
