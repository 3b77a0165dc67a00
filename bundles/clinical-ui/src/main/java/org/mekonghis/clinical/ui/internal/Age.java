package org.mekonghis.clinical.ui.internal;

import java.time.LocalDate;
import java.time.Period;

/**
 * A patient's age on a day, as staff say it: in years from the first birthday, in months for
 * infants, in days for newborns. When only the year of birth is known the age is the difference
 * of years, and never in months.
 *
 * @param years  completed years
 * @param months completed months (total, not beyond the years), meaningful when {@code exact}
 * @param days   days since birth, meaningful when {@code exact}
 * @param exact  whether the date of birth is known
 */
public record Age(int years, int months, int days, boolean exact) {

    /** Reception records a guardian (parent or other carer) for children under this age. */
    public static final int GUARDIAN_BELOW_YEARS = 6;

    /**
     * @param birthDate the date of birth, or null when only the year is known
     * @param birthYear the year of birth, used when {@code birthDate} is null
     * @param today     the day to compute the age on
     * @return null when neither is known
     */
    public static Age of(LocalDate birthDate, Integer birthYear, LocalDate today) {
        if (birthDate != null) {
            if (birthDate.isAfter(today)) {
                return new Age(0, 0, 0, true);
            }
            Period p = Period.between(birthDate, today);
            int totalMonths = (int) p.toTotalMonths();
            int days = (int) (today.toEpochDay() - birthDate.toEpochDay());
            return new Age(p.getYears(), totalMonths, days, true);
        }
        if (birthYear != null) {
            return new Age(Math.max(0, today.getYear() - birthYear), 0, 0, false);
        }
        return null;
    }

    /** Whether a guardian is recorded for a patient of this age. */
    public boolean needsGuardian() {
        return years < GUARDIAN_BELOW_YEARS;
    }

    /** "45 tuổi", "8 tháng tuổi", "12 ngày tuổi". */
    public String describe(Texts texts) {
        if (exact && years == 0) {
            return months == 0 ? texts.get("clinical.age.days", days) : texts.get("clinical.age.months", months);
        }
        return texts.get("clinical.age.years", years);
    }
}
