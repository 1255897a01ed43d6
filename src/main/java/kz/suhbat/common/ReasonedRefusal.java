package kz.suhbat.common;

/**
 * A refusal with a reason from a fixed list and the values its message is filled with (counts, names,
 * limits). Each kind of refusal has its own enumeration of reasons, and a translated message per reason.
 * (Java allows no type parameter on an exception; each subclass returns its own reason type.)
 */
public abstract class ReasonedRefusal extends RuntimeException implements Refusal {

    private final Enum<?> reason;
    private final transient Object[] args;

    protected ReasonedRefusal(Enum<?> reason, Object... args) {
        super(reason.name());
        this.reason = reason;
        this.args = args.clone();
    }

    protected Enum<?> reasonCode() {
        return reason;
    }

    /** The values that fill the message. */
    public Object[] args() {
        return args.clone();
    }
}
