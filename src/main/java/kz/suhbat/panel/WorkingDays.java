package kz.suhbat.panel;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Observers must register at least one working day before the sitting. Working days are Monday to
 * Friday; public holidays are not known to Suhbat and count as working days.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The last day on which an observer may register for a sitting on {@code sitting}. */
    public static LocalDate registrationDeadline(LocalDate sitting) {
        LocalDate day = sitting.minusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }

    public static boolean admitted(LocalDate registeredOn, LocalDate sitting) {
        return registeredOn != null && !registeredOn.isAfter(registrationDeadline(sitting));
    }
}
