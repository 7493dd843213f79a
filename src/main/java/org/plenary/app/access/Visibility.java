package org.plenary.app.access;

import java.util.Locale;

/** Who may read a scenario (and its runs) besides its owner and the admins. */
public enum Visibility {
    /** Everyone, signed in or not. */
    PUBLIC,
    /** Only the owner (and admins). */
    PRIVATE,
    /** The owner and the users it is shared with (and admins). */
    SHARED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** null when the text names no visibility. */
    public static Visibility parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "public" -> PUBLIC;
            case "private" -> PRIVATE;
            case "shared" -> SHARED;
            default -> null;
        };
    }
}
