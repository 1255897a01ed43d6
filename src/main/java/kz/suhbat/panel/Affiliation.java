package kz.suhbat.panel;

/** Where a panel member comes from; each has a translated label {@code panel.affiliation.<NAME>}. */
public enum Affiliation {
    STATE_BODY, PUBLIC_COUNCIL, ACADEMIA, NGO, OTHER
}
