package org.openfid.enrolment.demographic;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A declared date of birth, possibly with the month or day unknown (an age-only declaration). The
 * precision matters for blocking: a date without a day is compared on its year only.
 *
 * @param year the year, 1000-9999
 * @param month 1-12, or null when unknown
 * @param day a valid day of that month, or null when unknown (always null when the month is)
 */
public record BirthDate(
        int year, @Nullable Integer month, @Nullable Integer day) {

    private static final Pattern FORMAT = Pattern.compile("([0-9]{4})(?:[/-]([0-9]{2})(?:[/-]([0-9]{2}))?)?");

    public BirthDate {
        if (year < 1000 || year > 9999 || (month == null && day != null)) {
            throw new IllegalArgumentException("A date of birth needs a four-digit year, and a month with its day");
        }
        try {
            if (month != null) {
                LocalDate.of(year, month, day == null ? 1 : day);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("The date of birth is not a calendar date", e);
        }
    }

    /** A full date. */
    public static BirthDate of(LocalDate date) {
        return new BirthDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses MOSIP's {@code yyyy/MM/dd} (also {@code yyyy-MM-dd}), {@code yyyy/MM} or {@code yyyy}.
     * The message of the exception never repeats the value (a date of birth is personal data).
     *
     * @throws IllegalArgumentException when the text is none of these or not a calendar date
     */
    public static BirthDate parse(String text) {
        var matcher = FORMAT.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("A date of birth is yyyy/MM/dd, yyyy/MM or yyyy");
        }
        Integer month = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
        Integer day = matcher.group(3) == null ? null : Integer.valueOf(matcher.group(3));
        return new BirthDate(Integer.parseInt(matcher.group(1)), month, day);
    }

    /** Whether the day (and so the month) is known. */
    public boolean isComplete() {
        return day != null;
    }
}
