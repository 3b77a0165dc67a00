package org.mekonghis.platform.api.document;

/**
 * One label and its value, e.g. "Họ và tên" and "Nguyễn Văn An"; see {@link Block.KeyValues}.
 * The label is printed as given (add a colon yourself if the form wants one); a null value
 * prints as empty.
 *
 * @since 1.0
 */
public record LabeledValue(String label, String value) {
    public LabeledValue {
        label = Texts.required(label, "label");
        value = Texts.orEmpty(value);
    }

    public static LabeledValue of(String label, String value) {
        return new LabeledValue(label, value);
    }
}
