package kz.suhbat.training;

import java.util.List;

/** A course's results for its trainer: every trainee's progress and the group's, exercise by exercise. */
public record CourseResults(Course course, List<StoredExercise> exercises, List<TraineeProgress> trainees,
                            List<GroupPoint> group) {

    public CourseResults {
        exercises = List.copyOf(exercises);
        trainees = List.copyOf(trainees);
        group = List.copyOf(group);
    }
}
