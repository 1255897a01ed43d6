package kz.suhbat.analytics;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Competency profiles: for every group and competency, how the group's mean result differs from the
 * mean of every candidate the filter keeps, with a 95 % confidence interval; the heatmap's cells.
 */
public record ProfileReport(Dimension dimension, List<Competency> competencies, List<Group> groups,
                            List<ProfileCell> cells) {

    public ProfileReport {
        competencies = List.copyOf(competencies);
        groups = List.copyOf(groups);
        cells = List.copyOf(cells);
    }

    public Optional<ProfileCell> cell(Group group, String competency) {
        return cells.stream().filter(c -> c.group().equals(group) && c.competency().equals(competency)).findFirst();
    }

    /**
     * For each group whose candidates are clearly weaker on some competency, the competency where they are
     * weakest: the marked cell furthest below the overall mean.
     */
    public Map<Group, ProfileCell> weakest() {
        Map<Group, ProfileCell> weakest = new LinkedHashMap<>();
        for (Group group : groups) {
            cells.stream().filter(c -> c.group().equals(group) && c.marked() && c.difference() < 0)
                    .min(Comparator.comparingDouble(ProfileCell::difference))
                    .ifPresent(cell -> weakest.put(group, cell));
        }
        return weakest;
    }
}
