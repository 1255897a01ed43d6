package kz.suhbat.security;

/**
 * The regions of Kazakhstan and its cities of republican significance (as of 2022: 17 regions, 3
 * cities). Each has a translated label {@code region.<NAME>}.
 */
public enum Region {
    ASTANA, ALMATY_CITY, SHYMKENT,
    ABAI, AKMOLA, AKTOBE, ALMATY, ATYRAU, EAST_KAZAKHSTAN, JAMBYL, JETISU, WEST_KAZAKHSTAN, KARAGANDA,
    KOSTANAY, KYZYLORDA, MANGYSTAU, PAVLODAR, NORTH_KAZAKHSTAN, TURKISTAN, ULYTAU
}
