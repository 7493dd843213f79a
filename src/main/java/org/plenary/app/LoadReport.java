package org.plenary.app;

import java.time.Instant;
import java.util.List;

import org.plenary.scenario.Violation;

/** What the last load of the scenario directory did, file by file. */
public record LoadReport(String directory, Instant loadedAt, List<FileResult> files) {

    /**
     * @param status CREATED, UPDATED, UNCHANGED, SKIPPED_SLUG_OWNED_BY_API or FAILED
     * @param errors for a failed file, each problem with its field path, line and column
     */
    public record FileResult(String file, String slug, String status, List<Violation> errors) {
    }

    public static LoadReport empty() {
        return new LoadReport("", null, List.of());
    }
}
