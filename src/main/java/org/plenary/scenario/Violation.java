package org.plenary.scenario;

/**
 * One reason a scenario document is not acceptable.
 *
 * @param field  path of the offending value, e.g. {@code candidates[2].country} ("" for the whole document)
 * @param message why, in words a student can act on
 * @param line   1-based line in the source text, or 0 when unknown
 * @param column 1-based column in the source text, or 0 when unknown
 */
public record Violation(String field, String message, int line, int column) {

    public static Violation at(String field, String message) {
        return new Violation(field, message, 0, 0);
    }

    public Violation located(SourceLocations locations) {
        SourceLocations.Position p = locations.nearest(field);
        return p == null ? this : new Violation(field, message, p.line(), p.column());
    }
}
