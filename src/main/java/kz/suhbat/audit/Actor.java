package kz.suhbat.audit;

/** Who made a change the trail records: an account, by its number and login. */
public interface Actor {

    long id();

    String login();
}
