package org.mekonghis.clinical.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.InvalidInputException;
import org.mekonghis.platform.api.i18n.Messages;

class FieldErrorDisplayTest {
    private static final Texts TEXTS = new Texts(new Messages() {
        @Override
        public List<Locale> locales() {
            return List.of(VIETNAMESE);
        }

        @Override
        public String get(Locale locale, String key, Object... arguments) {
            return "text of " + key;
        }
    }, Messages.VIETNAMESE);

    @Test
    void errors_showOnTheirFields_nestedNamesOnTheNearestEnclosingOne_othersAreReturned() {
        TextField cccd = new TextField();
        TextField province = new TextField();
        TextField name = new TextField();
        FieldErrorDisplay display = new FieldErrorDisplay(TEXTS).field("cccd", cccd).field("address", province)
                .field("fullName", name);

        List<FieldError> unshown = display.show(new InvalidInputException("T-1", "k", "test", List.of(
                new FieldError("cccd", "e.cccd"), new FieldError("address.street", "e.street"),
                new FieldError("page", "e.page"))));

        assertThat(cccd.isInvalid()).isTrue();
        assertThat(cccd.getErrorMessage()).isEqualTo("text of e.cccd");
        assertThat(province.isInvalid()).isTrue();
        assertThat(province.getErrorMessage()).isEqualTo("text of e.street");
        assertThat(name.isInvalid()).isFalse();
        assertThat(unshown).extracting(FieldError::field).containsExactly("page");
    }

    @Test
    void showingAgain_clearsTheErrorsOfFieldsNowAccepted() {
        TextField cccd = new TextField();
        TextField phone = new TextField();
        FieldErrorDisplay display = new FieldErrorDisplay(TEXTS).field("cccd", cccd).field("phone", phone);
        display.show(new InvalidInputException("T-1", "k", "test", List.of(new FieldError("cccd", "e.cccd"),
                new FieldError("phone", "e.phone"))));

        display.show(new InvalidInputException("T-1", "k", "test", List.of(new FieldError("phone", "e.phone2"))));

        assertThat(cccd.isInvalid()).isFalse();
        assertThat(phone.getErrorMessage()).isEqualTo("text of e.phone2");
    }
}
