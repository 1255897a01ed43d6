package kz.suhbat.panel;

import java.time.LocalDate;
import java.util.List;

/** A panel member's start page: today's sittings, then the ones to come, each in date order. */
public record MyDay(LocalDate date, List<MySitting> today, List<MySitting> next) {

    public MyDay {
        today = List.copyOf(today);
        next = List.copyOf(next);
    }
}
