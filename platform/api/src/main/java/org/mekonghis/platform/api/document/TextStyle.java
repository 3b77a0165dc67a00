package org.mekonghis.platform.api.document;

import java.util.Objects;

/**
 * How a paragraph looks: bold, italic, font size and alignment. Immutable; the fluent methods
 * return a changed copy:
 *
 * <pre>{@code
 * TextStyle.NORMAL.bold().align(Align.CENTER)
 * }</pre>
 */
public final class TextStyle {

    /** Regular body text, left aligned, in the format's body size. */
    public static final TextStyle NORMAL = new TextStyle(false, false, 0, Align.LEFT);

    /** The smallest and largest font sizes accepted, in points. */
    public static final float MIN_SIZE = 4;
    public static final float MAX_SIZE = 72;

    private final boolean bold;
    private final boolean italic;
    private final float size;
    private final Align align;

    private TextStyle(boolean bold, boolean italic, float size, Align align) {
        this.bold = bold;
        this.italic = italic;
        this.size = size;
        this.align = align;
    }

    public boolean isBold() {
        return bold;
    }

    public boolean isItalic() {
        return italic;
    }

    /** The font size in points, or 0 for the body size of the page format. */
    public float size() {
        return size;
    }

    public Align align() {
        return align;
    }

    /** This style in bold. */
    public TextStyle bold() {
        return new TextStyle(true, italic, size, align);
    }

    /** This style in italic. */
    public TextStyle italic() {
        return new TextStyle(bold, true, size, align);
    }

    /**
     * This style with a font size in points ({@value #MIN_SIZE} to {@value #MAX_SIZE}), or 0 for
     * the body size of the page format.
     */
    public TextStyle size(float points) {
        if (points != 0 && !(points >= MIN_SIZE && points <= MAX_SIZE)) {
            throw new IllegalArgumentException("HIS-0205: font size must be 0 (the default) or between "
                    + MIN_SIZE + " and " + MAX_SIZE + " points; got " + points);
        }
        return new TextStyle(bold, italic, points, align);
    }

    /** This style with another alignment. */
    public TextStyle align(Align alignment) {
        if (alignment == null) {
            throw new IllegalArgumentException("HIS-0200: alignment is required");
        }
        return new TextStyle(bold, italic, size, alignment);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextStyle t && t.bold == bold && t.italic == italic && Float.compare(t.size, size) == 0
                && t.align == align;
    }

    @Override
    public int hashCode() {
        return Objects.hash(bold, italic, size, align);
    }

    @Override
    public String toString() {
        return "TextStyle[" + (bold ? "bold " : "") + (italic ? "italic " : "") + (size == 0 ? "default" : size + "pt")
                + " " + align + "]";
    }
}
