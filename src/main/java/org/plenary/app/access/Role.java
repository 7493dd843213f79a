package org.plenary.app.access;

import java.util.Locale;

/** What a caller may do; each role includes the ones before it. */
public enum Role {
    ANONYMOUS, VIEWER, ANALYST, ADMIN;

    /** The name used in the database, in {@code @RolesAllowed} and in the API. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** viewer, analyst or admin; null for anything else (anonymous is not a role a user can have). */
    public static Role ofUser(String id) {
        if (id == null) {
            return null;
        }
        return switch (id) {
            case "viewer" -> VIEWER;
            case "analyst" -> ANALYST;
            case "admin" -> ADMIN;
            default -> null;
        };
    }
}
