package org.plenary.scenario;

import java.util.HashMap;
import java.util.Map;

/** Where each value of a parsed document stood in its source text, keyed by path ({@code posts[1].seats}). */
public final class SourceLocations {

    public record Position(int line, int column) {
    }

    private final Map<String, Position> byPath = new HashMap<>();

    void put(String path, int line, int column) {
        byPath.putIfAbsent(path, new Position(line, column));
    }

    /** The position of the path, or of its closest ancestor that has one (a missing field points at its parent). */
    public Position nearest(String path) {
        String p = path;
        while (true) {
            Position found = byPath.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return null;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }

    public static SourceLocations none() {
        return new SourceLocations();
    }
}
