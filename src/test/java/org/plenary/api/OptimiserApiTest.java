package org.plenary.api;

import static org.plenary.api.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class OptimiserApiTest {

    private static final String ASIA = "/api/scenarios/interpol-2021-asia-delegates";
    private static final String GOAL = "\"goal\": {\"post\": \"delegate-asia\", \"candidate\": \"hu-binchen\", "
            + "\"aim\": \"defeat\"}";
    private static final String LEVER = "\"lever\": {\"kind\": \"GOVERNMENT_DEMARCHE\", \"strength\": 1}";

    @Test
    void aSmallOptimisationAnswers201WithAPlanAndItsReCheck() {
        JsonPath job = given().contentType(ContentType.JSON).body("{" + GOAL + ", " + LEVER
                        + ", \"budget\": {\"delegations\": 2}, \"seed\": 17, \"searchTrials\": 400, "
                        + "\"recheckTrials\": 800, \"shortlist\": 4}")
                .post(ASIA + "/optimise").then().statusCode(201)
                .header("Location", containsString("/api/analyses/"))
                .body("kind", equalTo("optimise"))
                .body("status", equalTo("DONE"))
                .body("seed", equalTo(17))
                .body("result.plan.size()", lessThanOrEqualTo(2))
                .body("result.recheck.trials", equalTo(800))
                .body("result.recheck.seed", not(equalTo(17)))
                .body("result.searchSeed", equalTo(17))
                .extract().jsonPath();
        assertThat(Set.of("win-probability", "expected-margin")).contains(job.getString("result.objective"));
        List<Object> plan = job.getList("result.plan");
        for (int i = 0; i < plan.size(); i++) {
            assertThat(job.getList("result.plan[" + i + "].liftCi95")).hasSize(2);
            assertThat(job.getInt("result.plan[" + i + "].rank")).isEqualTo(i + 1);
        }
        JsonPath stored = given().get("/api/analyses/" + job.getString("id")).then().statusCode(200)
                .body("status", equalTo("DONE")).body("result.recheck.seed", notNullValue()).extract().jsonPath();
        // A finished job reads as all done, and the seed it picked for the re-check is one JavaScript holds exactly.
        assertThat(stored.getLong("progress.done")).isPositive().isEqualTo(stored.getLong("progress.total"));
        assertThat(stored.getLong("result.recheck.seed")).isBetween(0L, (1L << 53) - 1);
    }

    @Test
    void aBudgetOfZeroGivesAnEmptyPlan() {
        given().contentType(ContentType.JSON).body("{" + GOAL + ", " + LEVER
                        + ", \"budget\": {\"costPerDelegation\": 5, \"total\": 4}, \"seed\": 2, \"recheckTrials\": 300}")
                .post(ASIA + "/optimise").then().statusCode(201)
                .body("result.budget", equalTo(0))
                .body("result.plan", hasSize(0))
                .body("result.recheck.lift", equalTo(0.0f));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"goal\": {\"post\": \"president\", \"candidate\": \"hu-binchen\", \"aim\": \"defeat\"}, \"budget\": {\"delegations\": 1}|goal.post",
            "\"goal\": {\"post\": \"delegate-asia\", \"candidate\": \"nobody\", \"aim\": \"defeat\"}, \"budget\": {\"delegations\": 1}|goal.candidate",
            "\"goal\": {\"post\": \"delegate-asia\", \"candidate\": \"hu-binchen\", \"aim\": \"win\"}, \"budget\": {\"delegations\": 1}|goal.aim",
            "\"goal\": {\"post\": \"delegate-asia\", \"candidate\": \"hu-binchen\", \"aim\": \"elect\"}, \"budget\": {\"delegations\": -1}|budget.delegations",
            "\"goal\": {\"post\": \"delegate-asia\", \"candidate\": \"hu-binchen\", \"aim\": \"elect\"}, \"budget\": {\"costPerDelegation\": -2, \"total\": 4}|budget.costPerDelegation",
            "\"goal\": {\"post\": \"delegate-asia\", \"candidate\": \"hu-binchen\", \"aim\": \"elect\"}, \"budget\": {\"delegations\": 1}, \"pool\": {\"regions\": [\"OCEANIA\"]}|pool.regions[0]",
            "\"goal\": {\"post\": \"delegate-asia\", \"candidate\": \"hu-binchen\", \"aim\": \"elect\"}, \"budget\": {\"delegations\": 1}, \"pool\": {\"blocs\": [\"ASEAN\", \"NOBLOC\"]}|pool.blocs[1]",
            "\"goal\": {\"post\": \"delegate-asia\", \"candidate\": \"hu-binchen\", \"aim\": \"elect\"}, \"budget\": {\"delegations\": 1}, \"pool\": {\"exclude\": [\"XXX\"]}|pool.exclude[0]",
            // Regions and blocs that leave no delegation: nothing to choose from.
            "\"goal\": {\"post\": \"delegate-asia\", \"candidate\": \"hu-binchen\", \"aim\": \"elect\"}, \"budget\": {\"delegations\": 1}, \"pool\": {\"regions\": [\"AFRICA\"], \"blocs\": [\"ASEAN\"]}|pool"})
    void badRequestsAre400NamingTheField(String fields, String field) {
        given().contentType(ContentType.JSON).body("{" + fields + ", " + LEVER + "}")
                .post(ASIA + "/optimise").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("violations.field", hasItem(field));
    }

    @Test
    void aCandidateNotRunningForThePostIsNamed() {
        given().contentType(ContentType.JSON).body("{\"goal\": {\"post\": \"president\", \"candidate\": "
                        + "\"hu-binchen\", \"aim\": \"elect\"}, \"budget\": {\"delegations\": 1}, " + LEVER + "}")
                .post("/api/scenarios/interpol-2021-istanbul/optimise").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("violations.field", hasItem("goal.candidate"))
                .body("violations.message", hasItem(containsString("not running for president")));
    }

    @Test
    void aLargeJobAnswers202AndCanBeFollowedAndCancelled() throws InterruptedException {
        String location = given().contentType(ContentType.JSON).body("{" + GOAL + ", " + LEVER
                        + ", \"budget\": {\"delegations\": 5}, \"seed\": 1, \"searchTrials\": 50000, "
                        + "\"recheckTrials\": 100000}")
                .post(ASIA + "/optimise").then().statusCode(202)
                .header("Location", containsString("/api/analyses/"))
                .body("progress.total", notNullValue())
                .extract().header("Location");
        given().delete(location).then().statusCode(200);
        String status = null;
        for (int i = 0; i < 200; i++) {
            status = given().get(location).then().statusCode(200).extract().path("status");
            if (Set.of("DONE", "CANCELLED", "FAILED").contains(status)) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(status).isEqualTo("CANCELLED");
        given().get("/api/analyses/no-such-job").then().statusCode(404);
    }

    @Test
    void theFlippingCoalitionAnswersWithTheSetAndHowLikelyItFlips() {
        given().contentType(ContentType.JSON).body("{" + GOAL + ", \"seed\": 4, \"trials\": 1000}")
                .post(ASIA + "/coalition").then().statusCode(201)
                .body("kind", equalTo("coalition"))
                .body("result.rival", notNullValue())
                .body("result.coalition", notNullValue())
                .body("result.baselineCi95", hasSize(2));
        given().contentType(ContentType.JSON).body("{\"goal\": {\"post\": \"delegate-asia\"}}")
                .post(ASIA + "/coalition").then().statusCode(400)
                .body("violations.field", hasItem("goal.candidate"));
    }

    @Test
    void sensitivityRowsComeLargestSwingFirst() {
        JsonPath job = given().contentType(ContentType.JSON)
                .body("{\"post\": \"delegate-asia\", \"candidate\": \"hu-binchen\", \"seed\": 3, \"trials\": 300}")
                .post(ASIA + "/sensitivity").then().statusCode(201)
                .body("kind", equalTo("sensitivity"))
                .body("result.rows.name", hasItem("campaign:ipac-letter"))
                .extract().jsonPath();
        List<Float> sizes = job.getList("result.rows.size", Float.class);
        assertThat(sizes).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        given().contentType(ContentType.JSON).body("{\"post\": \"nowhere\"}").post(ASIA + "/sensitivity").then()
                .statusCode(400).body("violations.field", hasItem("post"));
    }

    @Test
    void theSwingListIsRankedAndNeedsAPost() {
        JsonPath list = given().queryParam("post", "delegate-asia").queryParam("trials", 600)
                .get(ASIA + "/swing").then().statusCode(200)
                .body("post", equalTo("delegate-asia"))
                .body("seed", equalTo(1))
                .body("delegations", hasSize(28))
                .body("delegations[0].rank", equalTo(1))
                .extract().jsonPath();
        String key = list.getString("sort").equals("pivotality") ? "pivotality" : "gap";
        List<Float> values = list.getList("delegations." + key, Float.class);
        if (key.equals("pivotality")) {
            assertThat(values).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        } else {
            assertThat(values).isSorted();
        }
        List<Float> gaps = given().queryParam("post", "delegate-asia").queryParam("trials", 600)
                .queryParam("sort", "closeness").get(ASIA + "/swing").then().statusCode(200)
                .extract().jsonPath().getList("delegations.gap", Float.class);
        assertThat(gaps).isSorted();
        given().get(ASIA + "/swing").then().statusCode(400).body("violations.field", hasItem("post"));
    }
}
