package kz.suhbat.common;

/** How far long work has come: {@code done} of {@code total} steps. Reported from the worker thread. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> { };

    void report(long done, long total);
}
