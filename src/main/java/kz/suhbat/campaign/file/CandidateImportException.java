package kz.suhbat.campaign.file;

import java.util.List;
import java.util.stream.Collectors;

/** A candidate list that was refused, with every problem found in it. Nothing of it is taken. */
public class CandidateImportException extends Exception implements kz.suhbat.common.Refusal {

    private final transient List<CandidateImportProblem> problems;

    public CandidateImportException(List<CandidateImportProblem> problems) {
        super(problems.stream().map(CandidateImportProblem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refused list has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order of the file. */
    public List<CandidateImportProblem> problems() {
        return problems;
    }
}
