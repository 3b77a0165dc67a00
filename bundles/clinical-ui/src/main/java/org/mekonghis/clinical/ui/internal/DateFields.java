package org.mekonghis.clinical.ui.internal;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * Date pickers that read and write {@code dd/MM/yyyy} whatever the language, with month and
 * day names of the user's language.
 */
public final class DateFields {

    private DateFields() {
    }

    public static DatePicker create(Texts texts, String label) {
        DatePicker picker = new DatePicker(label);
        picker.setI18n(i18n(texts));
        picker.setPlaceholder(texts.get("clinical.date.placeholder"));
        picker.setClearButtonVisible(true);
        return picker;
    }

    static DatePicker.DatePickerI18n i18n(Texts texts) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        // typing 15031985 or 15/3/1985 is accepted too; shown as 15/03/1985
        i18n.setDateFormats(Formats.DATE_PATTERN, "ddMMyyyy", "d/M/yyyy");
        i18n.setMonthNames(list(texts.get("clinical.date.months")));
        i18n.setWeekdays(list(texts.get("clinical.date.weekdays")));
        i18n.setWeekdaysShort(list(texts.get("clinical.date.weekdaysShort")));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(texts.get("clinical.date.today"));
        i18n.setCancel(texts.get("clinical.common.cancel"));
        i18n.setBadInputErrorMessage(texts.get("clinical.date.badInput"));
        return i18n;
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }
}
