package org.plenary.api;

import static org.plenary.api.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SimulationApiTest {

    private static final String ASIA = "/api/scenarios/interpol-2021-asia-delegates/simulations";

    @TestHTTPResource("/")
    URI base;

    @Test
    void aSmallRunAnswers201WithTheResultAndIsStored() {
        JsonPath run = given().contentType(ContentType.JSON).body("{\"trials\": 2000, \"seed\": 11}")
                .post(ASIA).then().statusCode(201)
                .header("Location", containsString("/api/simulations/"))
                .body("status", equalTo("DONE"))
                .body("seed", equalTo(11))
                .body("trialsDone", equalTo(2000))
                .body("engineVersion", notNullValue())
                .body("contentHash", notNullValue())
                .body("result.posts[0].post", equalTo("delegate-asia"))
                .body("result.posts[0].candidates.name", hasItem("Hu Binchen"))
                .body("result.posts[0].candidates[0].winProbabilityCi95", hasSize(2))
                .extract().jsonPath();
        double sum = run.getList("result.posts[0].candidates.winProbability", Double.class).stream()
                .mapToDouble(Double::doubleValue).sum();
        // Two seats: the win probabilities add up to 2 minus the chance a seat stays open.
        assertThat(sum).isBetween(1.5, 2.0 + 1e-9);
        String id = run.getString("id");
        given().get("/api/simulations/" + id).then().statusCode(200).body("status", equalTo("DONE"));
        given().get("/api/scenarios/interpol-2021-asia-delegates/simulations").then().statusCode(200)
                .body("id", hasItem(id));
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        String body = "{\"trials\": 1500, \"seed\": 99}";
        Object a = given().contentType(ContentType.JSON).body(body).post(ASIA).then().statusCode(201)
                .extract().jsonPath().get("result");
        Object b = given().contentType(ContentType.JSON).body(body).post(ASIA).then().statusCode(201)
                .extract().jsonPath().get("result");
        assertThat(a).isEqualTo(b);
    }

    @Test
    void aRunWithoutSeedReturnsAFreshSeedThatAnyJsonReaderHoldsAndThatReproducesIt() {
        java.util.Set<Long> seeds = new java.util.HashSet<>();
        for (int i = 0; i < 8; i++) {
            JsonPath run = given().contentType(ContentType.JSON).body("{\"trials\": 300}").post(ASIA).then()
                    .statusCode(201).body("seed", notNullValue()).extract().jsonPath();
            long seed = run.getLong("seed");
            // Below 2^53: a page reading the answer with JavaScript shows and re-sends the very same number. A
            // 63-bit draw would be this small 8 times running with probability 2^-80.
            assertThat(seed).isBetween(0L, (1L << 53) - 1);
            seeds.add(seed);
            if (i == 0) {
                Object again = given().contentType(ContentType.JSON).body("{\"trials\": 300, \"seed\": " + seed + "}")
                        .post(ASIA).then().statusCode(201).extract().jsonPath().get("result");
                assertThat(again).isEqualTo(run.get("result"));
            }
        }
        assertThat(seeds).hasSize(8);
    }

    @Test
    void comparingCampaignsOffAndOnGivesPairedDifferences() {
        JsonPath run = given().contentType(ContentType.JSON)
                .body("{\"trials\": 4000, \"seed\": 5, \"compare\": \"campaigns-off\"}").post(ASIA).then()
                .statusCode(201)
                .body("result.comparison.baseline", equalTo("without campaigns"))
                .body("result.comparison.arms.name", hasItem("with campaigns"))
                .extract().jsonPath();
        List<Double> diff = run.getList("result.comparison.differences.findAll { it.candidate == 'hu-binchen' }.difference",
                Double.class);
        assertThat(diff).hasSize(1);
        assertThat(diff.get(0)).as("the letter opposes Hu Binchen").isLessThanOrEqualTo(0.0);
    }

    @Test
    void csvDownload() {
        String id = given().contentType(ContentType.JSON).body("{\"trials\": 500, \"seed\": 3}").post(ASIA)
                .then().statusCode(201).extract().path("id");
        String csv = given().accept("text/csv").get("/api/simulations/" + id).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("run,scenario,seed,trials,arm,post,candidate_id");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).contains(",delegate-asia,hu-binchen,Hu Binchen,CHN,");
        // A plain link cannot send Accept: ?format=csv says it instead, and wins over the header.
        String linked = given().accept("application/json").queryParam("format", "csv").get("/api/simulations/" + id)
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("simulation-" + id + ".csv")).extract().asString();
        assertThat(linked).isEqualTo(csv);
        given().accept("text/csv").queryParam("format", "json").get("/api/simulations/" + id).then().statusCode(200)
                .contentType(containsString("application/json")).body("id", equalTo(id));
        given().queryParam("format", "xlsx").get("/api/simulations/" + id).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("format"))
                .body("violations[0].in", equalTo("query"));
    }

    @Test
    void theExactMethodAnswersForSupportedPosts() {
        JsonPath exact = given().contentType(ContentType.JSON).body("{\"method\": \"exact\", \"post\": \"president\"}")
                .post("/api/scenarios/interpol-2018-dubai/simulations").then().statusCode(201)
                .body("method", equalTo("exact"))
                .body("result.posts[0].method", equalTo("exact"))
                .body("result.posts[0].candidates", hasSize(2)).extract().jsonPath();
        // What the exact method assumed and left unresolved travels with its figures into the CSV.
        String note = exact.getString("result.posts[0].note");
        assertThat(note).contains("delegations independent");
        List<String> rows = given().queryParam("format", "csv").get("/api/simulations/" + exact.getString("id"))
                .then().statusCode(200).extract().asString().lines().toList();
        assertThat(rows.get(0)).endsWith(",post_note");
        assertThat(rows.subList(1, rows.size())).hasSize(2)
                .allSatisfy(row -> assertThat(row).endsWith(",\"" + note.replace("\"", "\"\"") + "\""));
        given().contentType(ContentType.JSON).body("{\"method\": \"exact\"}").post(ASIA).then().statusCode(400)
                .body("violations[0].field", equalTo("method"));
    }

    @Test
    void badRequestsNameTheField() {
        given().contentType(ContentType.JSON).body("{\"trials\": 0}").post(ASIA).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("trials"));
        given().contentType(ContentType.JSON).body("{\"trials\": 100000000}").post(ASIA).then().statusCode(400)
                .body("violations[0].field", equalTo("trials"));
        given().contentType(ContentType.JSON).body("{\"campaigns\": [\"no-such-letter\"]}").post(ASIA).then()
                .statusCode(400).body("violations[0].field", equalTo("campaigns[0]"));
        given().contentType(ContentType.JSON).body("{\"rules\": {\"no-such-post\": \"plurality\"}}").post(ASIA)
                .then().statusCode(400).body("violations[0].field", equalTo("rules.no-such-post"));
        given().contentType(ContentType.JSON).body("{\"rules\": {\"delegate-asia\": \"coin-toss\"}}").post(ASIA)
                .then().statusCode(400).body("violations[0].field", equalTo("rules.delegate-asia"));
        given().contentType(ContentType.JSON).body("{\"turnout\": 1.5}").post(ASIA).then().statusCode(400)
                .body("violations[0].field", equalTo("turnout"));
        given().contentType(ContentType.JSON).body("{\"compare\": \"fork\"}").post(ASIA).then().statusCode(400)
                .body("violations[0].field", equalTo("fork"));
        given().contentType(ContentType.JSON).body("{\"trials\": \"many\"}").post(ASIA).then().statusCode(400)
                .contentType("application/problem+json");
    }

    /**
     * A body that is not exactly one well-formed JSON object of the documented fields is refused with a 400 naming
     * where: a typo'd field would otherwise be ignored (and the run use the default), a repeated field silently
     * take its last value, and text after the object be dropped.
     */
    @Test
    void malformedAmbiguousOrMisspelledBodiesAreRefusedSayingWhere() {
        String[][] cases = {
                {"{\"trails\": 100}", "trails", "unknown field"},
                {"{\"trials\": 100, \"campaignStrengths\": {\"ipac-letter\": 1}, \"bogus\": {}}", "bogus", "unknown field"},
                {"{\"trials\": 100, \"trials\": 200}", "trials", "appears twice"},
                {"{\"trials\": 100} garbage", "body", "not well-formed JSON (line 1, column 17)"},
                {"{\"trials\": 100}{\"trials\": 5}", "body", "after the JSON"},
                {"{bad", "body", "not well-formed JSON"},
                {"{\"trials\": 100", "body", "not well-formed JSON"},
                {"{\"seed\": 18446744073709551616}", "seed", "a whole number"},
        };
        for (String[] c : cases) {
            given().contentType(ContentType.JSON).body(c[0]).post(ASIA).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo(c[1]))
                    .body("violations[0].message", containsString(c[2]))
                    .body("detail", org.hamcrest.Matchers.not(containsString("org.")))
                    .body("detail", org.hamcrest.Matchers.not(containsString("java")));
        }
        // Bad numbers in query parameters are 400s naming them, not bare 404s.
        for (String[] q : new String[][] {{"size", "abc"}, {"page", "99999999999"}, {"size", "0"}}) {
            given().queryParam(q[0], q[1]).get("/api/scenarios").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo(q[0])).body("violations[0].in", equalTo("query"));
        }
        given().queryParam("size", "2").get("/api/scenarios").then().statusCode(200).body("items", hasSize(2));
        for (String[] q : new String[][] {{"trials", "abc"}, {"seed", "99999999999999999999"}, {"trials", "5"}}) {
            given().queryParam("post", "delegate-asia").queryParam(q[0], q[1])
                    .get("/api/scenarios/interpol-2021-asia-delegates/swing").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo(q[0])).body("violations[0].in", equalTo("query"));
        }
    }

    /**
     * An inline rule object is checked against the scenario schema's rule wherever it is given: unchecked, a
     * maxRounds of ten million was a run that could not fit in memory, and a method of 1 was read as PLURALITY.
     */
    @Test
    void inlineRuleObjectsAreCheckedAsInAScenario() {
        String istanbul = "/api/scenarios/interpol-2021-istanbul/simulations";
        String[][] cases = {
                {"{\"method\": \"REPEATED_BALLOT\", \"maxRounds\": 10000000}", "maxRounds"},
                {"{\"method\": \"REPEATED_BALLOT\", \"maxRounds\": -1}", "maxRounds"},
                {"{\"method\": \"REPEATED_BALLOT\", \"maxRounds\": \"3\"}", "maxRounds"},
                {"{\"method\": 1}", "method"},
                {"{\"method\": \"PLURALITY\", \"bogus\": true}", "bogus"},
        };
        for (String[] c : cases) {
            given().contentType(ContentType.JSON).body("{\"trials\": 100, \"rules\": {\"president\": " + c[0] + "}}")
                    .post(istanbul).then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("rules.president"))
                    .body("violations[0].message", containsString(c[1]));
            given().queryParam("post", "president").queryParam("rule", c[0])
                    .get("/api/scenarios/interpol-2021-istanbul/delegations/JPN/explain").then().statusCode(400)
                    .body("violations[0].field", equalTo("rule"));
            given().contentType(ContentType.JSON).body("{\"rule\": " + c[0] + ", \"candidates\": [\"A\", \"B\"], "
                    + "\"ballots\": [{\"ranking\": [\"A\"], \"count\": 3}]}").post("/api/tally").then().statusCode(400)
                    .body("violations[0].field", equalTo("rule"))
                    .body("violations[0].message", containsString(c[1]));
        }
        // Within the schema, a rule object still runs.
        given().contentType(ContentType.JSON)
                .body("{\"trials\": 100, \"rules\": {\"president\": {\"method\": \"REPEATED_BALLOT\", \"maxRounds\": 5}}}")
                .post(istanbul).then().statusCode(201).body("status", equalTo("DONE"));
    }

    /** A value of the wrong JSON type is refused, not converted: "12" is not 12, 1.5 is not 1, 5 is not "5". */
    @Test
    void valuesOfTheWrongTypeAreRefusedNotConverted() {
        String[][] cases = {
                {"{\"trials\": \"12\"}", "trials", "a whole number"},
                {"{\"trials\": 1.5}", "trials", "a whole number"},
                {"{\"trials\": true}", "trials", "a whole number"},
                {"{\"seed\": \"42\"}", "seed", "a whole number"},
                {"{\"turnout\": \"0.5\"}", "turnout", "a number"},
                {"{\"targetWidth\": \"\"}", "targetWidth", "a number"},
                {"{\"method\": 5}", "method", "a string"},
                {"{\"compare\": false}", "compare", "a string"},
                {"{\"campaignStrengths\": {\"ipac-letter\": \"2\"}}", "campaignStrengths.ipac-letter", "a number"},
        };
        for (String[] c : cases) {
            given().contentType(ContentType.JSON).body(c[0]).post(ASIA).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo(c[1]))
                    .body("violations[0].message", equalTo("must be " + c[2]));
        }
        // Whole numbers still read as decimals where a decimal goes.
        given().contentType(ContentType.JSON).body("{\"trials\": 200, \"seed\": 1, \"turnout\": 1}").post(ASIA)
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body("{}").post("/api/scenarios/no-such-scenario/simulations").then()
                .statusCode(404);
        given().get("/api/simulations/no-such-run").then().statusCode(404);
    }

    @Test
    void aLargeRunIsAJobWithProgressEventsAndCanBeCancelled() throws Exception {
        String id = given().contentType(ContentType.JSON).body("{\"trials\": 1000000, \"seed\": 1}")
                .post("/api/scenarios/interpol-2021-istanbul/simulations").then().statusCode(202)
                .header("Location", containsString("/api/simulations/"))
                .extract().path("id");
        // Its CSV does not exist yet: a 409 to retry, not a header row that looks like an empty result.
        given().queryParam("format", "csv").get("/api/simulations/" + id).then().statusCode(409)
                .contentType("application/problem+json").header("Retry-After", "2");

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/simulations/" + id + "/events"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> events = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("data:")) {
                    events.add(line);
                    if (events.size() == 3) {
                        given().delete("/api/simulations/" + id).then().statusCode(200);
                    }
                }
            }
        }
        assertThat(events.size()).isGreaterThanOrEqualTo(3);
        assertThat(events.get(0)).contains("\"totalTrials\":1000000");
        assertThat(events.get(events.size() - 1)).contains("\"status\":\"CANCELLED\"");
        given().get("/api/simulations/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("trialsDone", greaterThan(0))
                .body("error", containsString("cancelled"));
    }

    @Test
    void explainShowsEachTermOfADelegationsUtility() {
        given().queryParam("post", "delegate-asia")
                .get("/api/scenarios/interpol-2021-asia-delegates/delegations/JPN/explain").then().statusCode(200)
                .body("delegation", equalTo("JPN"))
                .body("candidates.candidateId", hasItem("hu-binchen"))
                .body("candidates.find { it.candidateId == 'hu-binchen' }.campaigns[0].campaignId", equalTo("ipac-letter"));
        given().get("/api/scenarios/interpol-2021-asia-delegates/delegations/JPN/explain").then().statusCode(400)
                .body("violations[0].field", equalTo("post"));
        given().queryParam("post", "delegate-asia")
                .get("/api/scenarios/interpol-2021-asia-delegates/delegations/XXX/explain").then().statusCode(404);
    }

    /** The explanation under a run's settings: the campaigns in force, their strengths and the post's rule. */
    @Test
    void explainTakesARunsSettings() {
        String url = "/api/scenarios/interpol-2021-asia-delegates/delegations/JPN/explain";
        String hu = "candidates.find { it.candidateId == 'hu-binchen' }";
        double stored = given().queryParam("post", "delegate-asia").get(url).then().statusCode(200)
                .extract().jsonPath().getDouble(hu + ".lobbying");
        assertThat(stored).isNotZero();
        // No campaign in force: no campaign term, no lobbying.
        given().queryParam("post", "delegate-asia").queryParam("campaigns", "none").get(url).then().statusCode(200)
                .body(hu + ".campaigns", hasSize(0))
                .body(hu + ".lobbying", equalTo(0.0f));
        // The letter at strength 0 moves nothing; at twice its strength it moves Hu Binchen further the same way.
        double none = given().queryParam("post", "delegate-asia").queryParam("strengths", "ipac-letter:0")
                .get(url).then().statusCode(200).extract().jsonPath().getDouble(hu + ".lobbying");
        double twice = given().queryParam("post", "delegate-asia").queryParam("strengths", "ipac-letter:2")
                .get(url).then().statusCode(200).extract().jsonPath().getDouble(hu + ".lobbying");
        assertThat(none).isZero();
        assertThat(Math.signum(twice)).isEqualTo(Math.signum(stored));
        assertThat(Math.abs(twice)).isGreaterThan(Math.abs(stored));
        // Another counting rule for the post changes the ballot the probabilities are for.
        given().queryParam("post", "delegate-asia").queryParam("rule", "approval").get(url).then().statusCode(200)
                .body("ballot", equalTo("APPROVAL"));
        // An inline rule object, as a run's rules may hold, is taken as well as a rule set's name.
        given().queryParam("post", "delegate-asia").queryParam("rule", "{\"method\": \"APPROVAL\"}").get(url).then()
                .statusCode(200).body("ballot", equalTo("APPROVAL"));
        given().queryParam("post", "delegate-asia").queryParam("rule", "{\"method\": \"NO_SUCH\"}").get(url).then()
                .statusCode(400).body("violations[0].field", equalTo("rule"));
        given().queryParam("post", "delegate-asia").queryParam("rule", "{not json").get(url).then()
                .statusCode(400).body("violations[0].field", equalTo("rule"));
        // Bad settings: 400 naming the query parameter.
        given().queryParam("post", "delegate-asia").queryParam("campaigns", "no-such-letter").get(url).then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("campaigns")).body("violations[0].in", equalTo("query"));
        given().queryParam("post", "delegate-asia").queryParam("strengths", "ipac-letter:lots").get(url).then()
                .statusCode(400).body("violations[0].field", equalTo("strengths"));
        given().queryParam("post", "delegate-asia").queryParam("rule", "coin-toss").get(url).then()
                .statusCode(400).body("violations[0].field", equalTo("rule")).body("violations[0].in", equalTo("query"));
    }
}
