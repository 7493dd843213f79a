package org.plenary.engine.rules.tally;

/** A tally request that cannot be counted: which field is wrong, and why. */
public final class TallyInputException extends IllegalArgumentException {

    private final String field;
    private final String reason;

    /**
     * @param field  the path of the offending value, e.g. {@code ballots[3].ranking[1]}
     * @param reason what is wrong with it, e.g. {@code unknown candidate "Zed"}
     */
    public TallyInputException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
