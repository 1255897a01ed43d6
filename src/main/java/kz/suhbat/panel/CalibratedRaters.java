package kz.suhbat.panel;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Which accounts were calibrated as raters (met a training course's rule) within the twelve months up to a
 * day, each with its latest date: what the panel screen marks its members by. Training answers it; the
 * panel only asks, so it does not depend on training.
 */
@FunctionalInterface
public interface CalibratedRaters {

    Map<Long, LocalDate> calibratedWithin(Collection<Long> accountIds, LocalDate day);
}
