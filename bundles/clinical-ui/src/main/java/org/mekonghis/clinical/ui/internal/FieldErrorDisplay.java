package org.mekonghis.clinical.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;

import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.InvalidInputException;

/**
 * Shows a service's field errors next to the fields of a form. Fields are registered under the
 * names the service uses ({@code cccd}, {@code insuranceCard.number}, {@code address.communeCode});
 * an error for a field the form does not show is returned so the caller can show it elsewhere.
 */
public final class FieldErrorDisplay {

    private final Texts texts;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrorDisplay(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /**
     * Shows errors of {@code name} on {@code field}. The field's own validation is switched off, so
     * it cannot clear a service's error on the next blur; the error goes once the user edits the
     * field.
     */
    public FieldErrorDisplay field(String name, HasValidation field) {
        if (!fields.containsValue(field)) {
            field.setManualValidation(true);
            if (field instanceof HasValue<?, ?> value) {
                value.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        field.setInvalid(false);
                    }
                });
            }
        }
        fields.put(name, field);
        return this;
    }

    /** Clears every error shown. */
    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /**
     * Clears earlier errors, then marks the fields of {@code e} invalid with their translated
     * messages and moves the focus to the first of them.
     *
     * @return the errors of fields this form does not show, in order
     */
    public List<FieldError> show(InvalidInputException e) {
        clear();
        List<FieldError> unshown = new ArrayList<>();
        HasValidation first = null;
        Map<HasValidation, String> messages = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            HasValidation field = fieldFor(error.field());
            if (field == null) {
                unshown.add(error);
                continue;
            }
            messages.merge(field, texts.of(error), (a, b) -> a + " " + b);
            if (first == null) {
                first = field;
            }
        }
        messages.forEach((field, message) -> {
            field.setErrorMessage(message);
            field.setInvalid(true);
        });
        if (first instanceof Focusable<?> focusable && first instanceof Component) {
            focusable.focus();
        }
        return unshown;
    }

    /**
     * The field showing errors of {@code name}, or of the nearest enclosing name ({@code address.street}
     * falls back to {@code address}).
     */
    HasValidation fieldFor(String name) {
        String n = name;
        while (true) {
            HasValidation field = fields.get(n);
            if (field != null) {
                return field;
            }
            int dot = n.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            n = n.substring(0, dot);
        }
    }
}
