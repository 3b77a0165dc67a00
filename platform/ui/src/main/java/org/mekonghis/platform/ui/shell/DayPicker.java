package org.mekonghis.platform.ui.shell;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * A date field as the hospital writes dates ({@code dd/MM/yyyy}, weeks from Monday), with month
 * and day names in the user's language.
 */
public final class DayPicker extends DatePicker {

    private static final long serialVersionUID = 1L;

    /** @param labelKey i18n key of the field's label */
    public DayPicker(String labelKey) {
        setLabel(getTranslation(labelKey));
        DatePickerI18n i18n = new DatePickerI18n();
        i18n.setMonthNames(list("shell.datePicker.months"));
        i18n.setWeekdays(list("shell.datePicker.weekdays"));
        i18n.setWeekdaysShort(list("shell.datePicker.weekdaysShort"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(getTranslation("shell.datePicker.today"));
        i18n.setCancel(getTranslation("shell.datePicker.cancel"));
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setBadInputErrorMessage(getTranslation("shell.datePicker.badInput"));
        setI18n(i18n);
        setPlaceholder(getTranslation("shell.datePicker.placeholder"));
        setClearButtonVisible(true);
    }

    private List<String> list(String key) {
        return Arrays.stream(getTranslation(key).split(",")).map(String::strip).toList();
    }
}
