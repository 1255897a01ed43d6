package kz.suhbat.campaign;

/**
 * The kind of state body whose posts a campaign fills: a central state body (a ministry, an agency, or
 * one of their territorial departments) or a local executive body (an akimat and its departments).
 * Reports compare the two.
 */
public enum StateBody {
    CENTRAL,
    LOCAL
}
