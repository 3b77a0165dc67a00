package org.mekonghis.clinical.ui.ward;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import org.mekonghis.clinical.ui.internal.FieldErrorDisplay;
import org.mekonghis.clinical.ui.internal.Notices;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.encounter.api.EncounterDto;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.InvalidInputException;
import org.mekonghis.platform.api.MekongException;

/**
 * What the census's dialogs share: a submit button (Ctrl+Enter) that runs one inpatient action,
 * shows refused fields next to them, and on success closes and tells the census to reload.
 */
abstract class WardDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    protected final Texts texts;
    protected final FieldErrorDisplay errors;
    private final transient Runnable onDone;

    WardDialog(Texts texts, String id, String title, String submitKey, Runnable onDone) {
        this.texts = texts;
        this.onDone = onDone;
        this.errors = new FieldErrorDisplay(texts);
        setId(id);
        setHeaderTitle(title);
        setWidth("40rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
        Button cancel = new Button(texts.get("clinical.common.cancelEsc"), e -> close());
        Button submit = new Button(texts.get(submitKey), e -> submit());
        submit.setId(id + "-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this).resetFocusOnActiveElement();
        getFooter().add(cancel, submit);
    }

    /** Runs the action of the dialog. */
    abstract EncounterDto act();

    /** The success message once {@link #act()} returned. */
    abstract String done(EncounterDto result);

    final void submit() {
        run(this::act);
    }

    private void run(Supplier<EncounterDto> action) {
        try {
            EncounterDto result = action.get();
            close();
            Notices.success(done(result));
            onDone.run();
        } catch (InvalidInputException e) {
            List<FieldError> unshown = errors.show(e);
            if (!unshown.isEmpty()) {
                Notices.error(texts.of(unshown));
            }
        } catch (MekongException e) {
            Notices.error(texts, e);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
