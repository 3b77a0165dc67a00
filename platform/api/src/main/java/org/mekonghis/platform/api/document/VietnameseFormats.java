package org.mekonghis.platform.api.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbers, money and dates written the way Vietnamese invoices, receipts and forms show them.
 * Independent of the JVM's default locale.
 *
 * <p>Amounts in words ({@link #amountInWords}) follow the usage of Vietnamese e-invoices:
 * <ul>
 * <li>groups of three digits: <i>nghìn</i> (10³, not the southern <i>ngàn</i>), <i>triệu</i> (10⁶),
 * <i>tỷ</i> (10⁹); above that the words combine: <i>nghìn tỷ</i> (10¹²), <i>triệu tỷ</i> (10¹⁵),
 * <i>tỷ tỷ</i> (10¹⁸);</li>
 * <li>a group after a larger one reads its hundreds even when zero: 1 000 001 is
 * "một triệu không trăm linh một"; groups that are all zero are left out;</li>
 * <li>a missing tens digit after hundreds reads <i>linh</i> (not <i>lẻ</i>): 105 "một trăm linh năm";</li>
 * <li><i>mười</i> for ten (10 to 19), <i>mươi</i> for the tens from 20: "mười một", "hai mươi";</li>
 * <li>units after a tens digit from 2 up: 1 is <i>mốt</i> ("hai mươi mốt"), 4 is <i>tư</i>
 * ("hai mươi tư"), 5 is <i>lăm</i> ("hai mươi lăm"); after <i>mười</i> only 5 changes ("mười lăm",
 * but "mười một", "mười bốn"); after <i>linh</i> none changes ("linh một", "linh bốn", "linh năm");</li>
 * <li>the amount ends in <i>đồng</i> and starts with a capital letter; no "chẵn" is added.</li>
 * </ul>
 *
 * @since 1.0
 */
public final class VietnameseFormats {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final long BILLION = 1_000_000_000L;

    private VietnameseFormats() {
    }

    /** A whole number with dots between groups of three digits: 1250000 → "1.250.000", -5000 → "-5.000". */
    public static String number(long value) {
        String digits = Long.toString(value);
        boolean negative = digits.startsWith("-");
        if (negative) {
            digits = digits.substring(1);
        }
        StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        sb.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            sb.append('.').append(digits, i, i + 3);
        }
        return negative ? "-" + sb : sb.toString();
    }

    /** An amount of Vietnamese đồng: 1250000 → "1.250.000 đ" (no decimals; a refund prints as "-150.000 đ"). */
    public static String money(long dong) {
        return number(dong) + " đ";
    }

    /** A date as day/month/year with two-digit day and month: "23/11/2026", "05/01/2026". */
    public static String date(LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("HIS-0200: date is required");
        }
        return twoDigits(date.getDayOfMonth()) + "/" + twoDigits(date.getMonthValue()) + "/" + date.getYear();
    }

    /** A date and time to the minute, 24-hour clock: "23/11/2026 14:05". */
    public static String dateTime(LocalDateTime dateTime) {
        if (dateTime == null) {
            throw new IllegalArgumentException("HIS-0200: date and time are required");
        }
        return date(dateTime.toLocalDate()) + " " + twoDigits(dateTime.getHour()) + ":"
                + twoDigits(dateTime.getMinute());
    }

    /**
     * The date line of a form's signature area, "Cần Thơ, ngày 05 tháng 01 năm 2026", or without
     * a place (null or blank) "Ngày 05 tháng 01 năm 2026". As in official documents (Decree
     * 30/2020/NĐ-CP), a day below 10 and the months 1 and 2 take a leading zero; other months do
     * not ("ngày 23 tháng 11 năm 2026", "ngày 15 tháng 3 năm 2026").
     */
    public static String longDate(String place, LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("HIS-0200: date is required");
        }
        int month = date.getMonthValue();
        String words = "ngày " + twoDigits(date.getDayOfMonth()) + " tháng "
                + (month <= 2 ? twoDigits(month) : Integer.toString(month)) + " năm " + date.getYear();
        return place == null || place.isBlank() ? capitalised(words) : Texts.required(place, "place").strip() + ", " + words;
    }

    /**
     * A whole number in Vietnamese words, lower case, without unit: 1250000 → "một triệu hai trăm
     * năm mươi nghìn"; 0 → "không". The rules are those of {@link #amountInWords}.
     *
     * @throws IllegalArgumentException when {@code value} is negative
     */
    public static String numberInWords(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("HIS-0209: cannot write a negative number in words: " + value);
        }
        return value == 0 ? DIGITS[0] : words(value, false);
    }

    /**
     * An amount of đồng in words as printed on invoices ("Số tiền bằng chữ"): 1250000 →
     * "Một triệu hai trăm năm mươi nghìn đồng"; 0 → "Không đồng". Works for every non-negative
     * {@code long}; the rules are listed in the class description.
     *
     * @throws IllegalArgumentException when {@code dong} is negative (write a refund's amount
     *                                  without its sign, and say it is a refund in the text)
     */
    public static String amountInWords(long dong) {
        if (dong < 0) {
            throw new IllegalArgumentException("HIS-0209: cannot write a negative amount in words: " + dong);
        }
        return capitalised(numberInWords(dong)) + " đồng";
    }

    /** {@code n} (above 0) in words; {@code full} when a larger group came before, so that zero hundreds are read. */
    private static String words(long n, boolean full) {
        if (n >= BILLION) {
            String upper = words(n / BILLION, full) + " tỷ";
            long lower = n % BILLION;
            return lower == 0 ? upper : upper + " " + words(lower, true);
        }
        List<String> parts = new ArrayList<>();
        int[] groups = {(int) (n / 1_000_000), (int) (n / 1000 % 1000), (int) (n % 1000)};
        String[] units = {"triệu", "nghìn", ""};
        boolean started = full;
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] == 0) {
                continue;
            }
            parts.add(triple(groups[i], started));
            if (!units[i].isEmpty()) {
                parts.add(units[i]);
            }
            started = true;
        }
        return String.join(" ", parts);
    }

    /** 1 to 999 in words; {@code full} reads zero hundreds ("không trăm") and "linh" before a lone unit. */
    private static String triple(int n, boolean full) {
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int units = n % 10;
        List<String> parts = new ArrayList<>();
        boolean withHundreds = hundreds > 0 || full;
        if (withHundreds) {
            parts.add(DIGITS[hundreds]);
            parts.add("trăm");
        }
        if (tens == 0) {
            if (units > 0) {
                if (withHundreds) {
                    parts.add("linh");
                }
                parts.add(DIGITS[units]);
            }
        } else if (tens == 1) {
            parts.add("mười");
            if (units > 0) {
                parts.add(units == 5 ? "lăm" : DIGITS[units]);
            }
        } else {
            parts.add(DIGITS[tens]);
            parts.add("mươi");
            if (units > 0) {
                parts.add(switch (units) {
                    case 1 -> "mốt";
                    case 4 -> "tư";
                    case 5 -> "lăm";
                    default -> DIGITS[units];
                });
            }
        }
        return String.join(" ", parts);
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
