package kz.suhbat.training;

/** The group's mean distance on one exercise of a course, over the trainees who submitted it. */
public record GroupPoint(int seq, String code, double meanDistance, double meanBias, int trainees) {
}
