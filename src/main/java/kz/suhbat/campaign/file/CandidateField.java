package kz.suhbat.campaign.file;

/** What a column of a candidate list can hold. */
public enum CandidateField {
    LAST_NAME(true),
    FIRST_NAME(true),
    MIDDLE_NAME(false),
    IIN(true),
    POST(false);

    private final boolean required;

    CandidateField(boolean required) {
        this.required = required;
    }

    /** Whether every candidate must have it: a column must be chosen for it and no cell left empty. */
    public boolean required() {
        return required;
    }

    /** The message key of the field's name. */
    public String key() {
        return "candidate.field." + name();
    }
}
