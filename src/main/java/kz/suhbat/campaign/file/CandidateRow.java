package kz.suhbat.campaign.file;

import kz.suhbat.campaign.Post;

/**
 * One candidate as read from a candidate list, before it is stored. Values are as typed in the file,
 * without the spaces around them; a field without a column or an empty cell is empty. The post is the
 * campaign's post the row's post cell names (its only post when the cell is empty).
 *
 * @param row the row of the file the candidate comes from, as the spreadsheet numbers it
 */
public record CandidateRow(int row, String lastName, String firstName, String middleName, String iin, Post post) {

    public CandidateRow {
        lastName = orEmpty(lastName);
        firstName = orEmpty(firstName);
        middleName = orEmpty(middleName);
        iin = orEmpty(iin);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
