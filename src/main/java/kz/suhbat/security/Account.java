package kz.suhbat.security;

import kz.suhbat.audit.Actor;

/** A person who signs in. Credentials are not here: they live in the {@link Keyring}. */
public record Account(long id, String login, String displayName, Role role, boolean active,
                      boolean mustChangePassword) implements Actor {

    public Account withRole(Role newRole) {
        return new Account(id, login, displayName, newRole, active, mustChangePassword);
    }

    public Account withDisplayName(String name) {
        return new Account(id, login, name, role, active, mustChangePassword);
    }

    public Account withActive(boolean isActive) {
        return new Account(id, login, displayName, role, isActive, mustChangePassword);
    }

    public Account withMustChangePassword(boolean must) {
        return new Account(id, login, displayName, role, active, must);
    }
}
