package kz.suhbat.interview;

/** An interview is in progress until the panel finalises it; the chair may reopen it with a reason. */
public enum InterviewStatus {
    IN_PROGRESS, FINALISED
}
