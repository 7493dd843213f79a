package org.plenary.api;

import java.util.Iterator;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import org.plenary.app.simulation.RunView;

/**
 * The CSV download of a run: one row per (arm, post, candidate) with the win probability and its interval, and the
 * post's note (what the exact method left unresolved, for instance, so that its figures are not read as complete).
 */
final class ResultCsv {

    private ResultCsv() {
    }

    static String of(RunView run) {
        StringBuilder out = new StringBuilder(
                "run,scenario,seed,trials,arm,post,candidate_id,candidate,country,win_probability,ci95_low,ci95_high,"
                        + "difference_vs_baseline,difference_ci95_low,difference_ci95_high,post_note\n");
        JsonNode result = run.result();
        if (result == null) {
            return out.toString();
        }
        JsonNode comparison = result.get("comparison");
        if (comparison == null || comparison.isNull()) {
            rows(out, run, "scenario", result.get("posts"), null);
        } else {
            for (JsonNode arm : comparison.get("arms")) {
                rows(out, run, arm.get("name").asText(), arm.get("posts"), comparison.get("differences"));
            }
        }
        return out.toString();
    }

    private static void rows(StringBuilder out, RunView run, String arm, JsonNode posts, JsonNode differences) {
        for (JsonNode post : posts) {
            for (JsonNode c : post.get("candidates")) {
                JsonNode ci = c.get("winProbabilityCi95");
                JsonNode diff = find(differences, arm, post.get("post").asText(), c.get("id").asText());
                out.append(String.join(",", run.id(), field(run.scenario()), Long.toString(run.seed()),
                        Long.toString(run.trialsDone()), field(arm), field(post.get("post").asText()),
                        field(c.get("id").asText()), field(c.get("name").asText()), field(c.path("country").asText()),
                        number(c.get("winProbability")), number(ci == null ? null : ci.get(0)),
                        number(ci == null ? null : ci.get(1)), number(diff == null ? null : diff.get("difference")),
                        number(diff == null ? null : diff.get("ci95").get(0)),
                        number(diff == null ? null : diff.get("ci95").get(1)), field(post.path("note").asText("")))
                        ).append('\n');
            }
        }
    }

    private static JsonNode find(JsonNode differences, String arm, String post, String candidate) {
        if (differences == null) {
            return null;
        }
        Iterator<JsonNode> it = differences.elements();
        while (it.hasNext()) {
            JsonNode d = it.next();
            if (d.get("arm").asText().equals(arm) && d.get("post").asText().equals(post)
                    && d.get("candidate").asText().equals(candidate)) {
                return d;
            }
        }
        return null;
    }

    private static String number(JsonNode n) {
        return n == null || n.isNull() ? "" : String.format(Locale.ROOT, "%.6f", n.asDouble());
    }

    /** Quotes a field when it holds a comma, a quote or a line break (RFC 4180). */
    private static String field(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
