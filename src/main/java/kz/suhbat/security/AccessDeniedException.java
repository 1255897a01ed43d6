package kz.suhbat.security;

/** The signed-in account (or no one) may not perform the operation. Shown as {@code access.denied}. */
public final class AccessDeniedException extends RuntimeException implements kz.suhbat.common.Refusal {

    private final Operation operation;

    public AccessDeniedException(Operation operation, Account account) {
        super((account == null ? "No one signed in" : account.login() + " (" + account.role() + ")")
                + " may not " + operation);
        this.operation = operation;
    }

    public Operation operation() {
        return operation;
    }
}
