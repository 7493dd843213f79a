package org.plenary.api;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.engine.model.PostKind;
import org.plenary.engine.rules.RuleSpec;
import org.plenary.engine.rules.tally.BallotInput;
import org.plenary.engine.rules.tally.Tally;
import org.plenary.engine.rules.tally.TallyInputException;
import org.plenary.engine.rules.tally.TallyReport;
import org.plenary.scenario.ScenarioMapper;

/** Counts given ballots under a rule and returns the round-by-round record: deterministic, no model involved. */
@Path("/api/tally")
@Tag(name = "Tally", description = "Count ballots exactly as the General Assembly does, or under another rule")
public class TallyResource {

    private static final List<String> BODY_FIELDS = List.of("rule", "candidates", "seats", "ballots", "seed");
    private static final List<String> BALLOT_FIELDS = List.of("ranking", "approve", "count", "no");

    /** A million ballots in one request is plenty; identical ballots should be sent once with a count. */
    static final int MAX_BALLOT_ENTRIES = 100_000;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Count ballots under a rule",
            description = "`rule` is a rule set name (interpol-president, interpol-vice-president, interpol-delegate, "
                    + "plurality, two-round-runoff, irv, borda, approval, schulze, stv, two-thirds-every-round) or an "
                    + "inline rule object. Ballots: `{\"ranking\": [...], \"count\": n}` (an empty ranking is blank), "
                    + "`{\"approve\": [...], \"count\": n}` for approval, `{\"no\": true, \"count\": n}` for a no on a "
                    + "lone candidate. A voter votes for their highest-ranked candidate still on the ballot in each "
                    + "round. Ties are reported; lots are drawn only when `seed` is given.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "2021 President, round by round", value = """
                    {"rule": "interpol-president", "candidates": ["Al-Raisi", "Havrankova"], "seats": 1,
                     "ballots": [{"ranking": ["Al-Raisi", "Havrankova"], "count": 95},
                                 {"ranking": ["Havrankova", "Al-Raisi"], "count": 55}]}"""),
            @ExampleObject(name = "Condorcet vs plurality", value = """
                    {"rule": "schulze", "candidates": ["A", "B", "C"], "seats": 1,
                     "ballots": [{"ranking": ["A", "B", "C"], "count": 8}, {"ranking": ["B", "C", "A"], "count": 5},
                                 {"ranking": ["C", "B", "A"], "count": 4}]}""")}))
    @APIResponse(responseCode = "200", description = "The count: `elected`, `rounds`, `tie`, `deadlock`")
    @APIResponse(responseCode = "400", description = "Bad input, naming the field")
    public TallyReport tally(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw Problems.badField("body", "body", "a JSON object with rule, candidates, seats and ballots");
        }
        onlyFields(body, "body", BODY_FIELDS);
        RuleSpec rule = rule(body.get("rule"));
        List<String> candidates = strings(body.get("candidates"), "candidates");
        int seats = body.has("seats") ? integer(body.get("seats"), "seats", 1, 1000) : 1;
        List<BallotInput> ballots = ballots(body.get("ballots"));
        Long seed = body.hasNonNull("seed") ? (long) integer(body.get("seed"), "seed", Long.MIN_VALUE, Long.MAX_VALUE)
                : null;
        try {
            return Tally.tally(rule, candidates, seats, ballots, seed);
        } catch (TallyInputException e) {
            throw Problems.badField(e.field(), "body", e.reason());
        }
    }

    private static RuleSpec rule(JsonNode node) {
        if (node == null || node.isNull()) {
            throw Problems.badField("rule", "body", "a rule set name or an inline rule object is required");
        }
        if (!node.isTextual() && !node.isObject()) {
            throw Problems.badField("rule", "body", "must be a rule set name or a rule object");
        }
        try {
            return ScenarioMapper.rule(node, PostKind.DELEGATE);
        } catch (IllegalArgumentException e) {
            throw Problems.badField("rule", "body", node.isTextual()
                    ? "unknown rule set \"" + node.asText() + "\"" : "not a valid rule object: " + firstLine(e));
        }
    }

    private static List<BallotInput> ballots(JsonNode node) {
        if (node == null || !node.isArray()) {
            throw Problems.badField("ballots", "body", "a list of ballots is required");
        }
        if (node.size() > MAX_BALLOT_ENTRIES) {
            throw Problems.badField("ballots", "body", "at most " + MAX_BALLOT_ENTRIES
                    + " entries; send identical ballots once with a count");
        }
        List<BallotInput> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode b = node.get(i);
            String at = "ballots[" + i + "]";
            if (!b.isObject()) {
                throw Problems.badField(at, "body", "a ballot is an object with ranking (or approve) and count");
            }
            onlyFields(b, at, BALLOT_FIELDS);
            long count = b.has("count") ? integer(b.get("count"), at + ".count", 0, Tally.MAX_BALLOTS) : 1;
            List<String> ranking = b.has("ranking") ? strings(b.get("ranking"), at + ".ranking") : null;
            List<String> approve = b.has("approve") ? strings(b.get("approve"), at + ".approve") : null;
            boolean no = false;
            if (b.has("no")) {
                if (!b.get("no").isBoolean()) {
                    throw Problems.badField(at + ".no", "body", "must be true or false");
                }
                no = b.get("no").asBoolean();
            }
            out.add(new BallotInput(ranking == null ? List.of() : ranking, approve == null ? List.of() : approve,
                    count, no));
        }
        return out;
    }

    /** A misspelt field ("rank" for "ranking") would otherwise be ignored and the ballot counted as blank. */
    private static void onlyFields(JsonNode object, String at, List<String> known) {
        for (var names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw Problems.badField(at.equals("body") ? name : at + "." + name, "body",
                        "unknown field; known here: " + known);
            }
        }
    }

    private static List<String> strings(JsonNode node, String field) {
        if (node == null || !node.isArray()) {
            throw Problems.badField(field, "body", "must be a list of names");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw Problems.badField(field + "[" + i + "]", "body", "must be a name (a string)");
            }
            out.add(node.get(i).asText());
        }
        return out;
    }

    private static long integer(JsonNode node, String field, long min, long max) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            throw Problems.badField(field, "body", "must be a whole number");
        }
        long v = node.asLong();
        if (v < min || v > max) {
            throw Problems.badField(field, "body", "must be between " + min + " and " + max);
        }
        return v;
    }

    private static int integer(JsonNode node, String field, int min, int max) {
        return (int) integer(node, field, (long) min, (long) max);
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int nl = m.indexOf('\n');
        m = nl > 0 ? m.substring(0, nl) : m;
        return m.replaceAll("\\(class [^)]*\\)", "").replaceAll("[a-z]+(\\.[a-z]+)+\\.[A-Z][A-Za-z$]*", "");
    }
}
