package kz.suhbat.interview.ui;

import kz.suhbat.interview.DeliberationService;
import kz.suhbat.interview.GuideScriptService;
import kz.suhbat.interview.InterviewService;
import kz.suhbat.interview.ScoringService;
import kz.suhbat.interview.TimerService;

/** The services a guided sitting works with. */
public record GuideServices(InterviewService interviews, ScoringService scoring, DeliberationService deliberations,
                            TimerService timers, GuideScriptService scripts) {
}
