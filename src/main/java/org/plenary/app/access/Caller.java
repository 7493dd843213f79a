package org.plenary.app.access;

import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is asking: a user name (null when anonymous) and the user's role. */
public record Caller(String name, Role role) {

    public static final Caller ANONYMOUS = new Caller(null, Role.ANONYMOUS);

    /** The highest role the identity holds. */
    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return ANONYMOUS;
        }
        Set<String> roles = identity.getRoles();
        Role role = roles.contains("admin") ? Role.ADMIN
                : roles.contains("analyst") ? Role.ANALYST
                : roles.contains("viewer") ? Role.VIEWER : Role.ANONYMOUS;
        return new Caller(identity.getPrincipal().getName(), role);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isAnonymous() {
        return name == null;
    }

    public boolean is(String user) {
        return name != null && name.equals(user);
    }
}
