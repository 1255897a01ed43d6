package kz.suhbat.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import kz.suhbat.security.Access;
import kz.suhbat.security.Operation;

/**
 * Whether raters are calibrated: a rater met a course's rule within the twelve months before a day. The
 * secretary sees it when forming a panel; the protocol states it when every voting member was.
 */
public final class CalibrationStatusService {

    /** How long a calibration counts. */
    public static final int VALID_MONTHS = 12;

    private final Access access;
    private final TrainingRepository repository;

    public CalibrationStatusService(Access access, TrainingRepository repository) {
        this.access = access;
        this.repository = repository;
    }

    /** For each account calibrated within the twelve months up to {@code day}, the latest day it was. */
    public Map<Long, LocalDate> calibratedWithin(Collection<Long> accountIds, LocalDate day) {
        access.require(Operation.CALIBRATION_STATUS_READ);
        Map<Long, LocalDate> valid = new HashMap<>();
        repository.latestCalibrations(accountIds).forEach((account, on) -> {
            if (!on.isAfter(day) && on.isAfter(day.minusMonths(VALID_MONTHS))) {
                valid.put(account, on);
            }
        });
        return valid;
    }
}
