package kz.suhbat.panel;

/** A person's part in a panel; each has a translated label {@code panel.role.<NAME>}. */
public enum PanelRole {
    CHAIR(true), MEMBER(true), SECRETARY(false), OBSERVER(false);

    private final boolean voting;

    PanelRole(boolean voting) {
        this.voting = voting;
    }

    /** Chair and members vote; the secretary and observers do not. */
    public boolean voting() {
        return voting;
    }
}
