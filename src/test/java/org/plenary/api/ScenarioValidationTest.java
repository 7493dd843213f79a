package org.plenary.api;

import static org.plenary.api.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Every validation rule answers 400 problem+json naming the field and the reason; nothing is stored. */
@QuarkusTest
class ScenarioValidationTest {

    private ValidatableResponse postWith(String slug, Consumer<ObjectNode> change) {
        ObjectNode doc = Fixtures.scenario(slug);
        change.accept(doc);
        return given().contentType(ContentType.JSON).body(Fixtures.json(doc)).post("/api/scenarios").then();
    }

    private static ArrayNode candidates(ObjectNode doc) {
        return (ArrayNode) doc.get("candidates");
    }

    private static ObjectNode delegation(ObjectNode doc, int i) {
        return (ObjectNode) doc.get("assembly").get("delegations").get(i);
    }

    private static void assertProblem(ValidatableResponse r, String field, String reason) {
        r.statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem(field))
                .body("violations.message", hasItem(containsString(reason)))
                .body(not(containsString("Exception")))
                .body(not(containsString("at org.")));
    }

    @Test
    void candidateFromACountryThatIsNotAMember() {
        assertProblem(postWith("v-member", d -> ((ObjectNode) candidates(d).get(2)).put("country", "PRK")),
                "candidates[2].country", "not a member");
        given().get("/api/scenarios/v-member").then().statusCode(404);
    }

    @Test
    void delegateForAsiaFromEurope() {
        assertProblem(postWith("v-region", d -> ((ObjectNode) candidates(d).get(1)).put("country", "GBR")),
                "candidates[1].country", "must come from ASIA");
    }

    @Test
    void duplicateCandidateIds() {
        assertProblem(postWith("v-dup", d -> ((ObjectNode) candidates(d).get(1)).put("id", "hu-binchen")),
                "candidates[1].id", "duplicate candidate id");
    }

    @Test
    void unknownDelegationCodesInAnAudience() {
        assertProblem(postWith("v-aud", d -> ((ObjectNode) d.get("campaigns").get(0).get("audience"))
                .putArray("delegations").add("XYZ")), "campaigns[0].audience.delegations[0]", "not a member");
    }

    @Test
    void attendanceOutsideTheUnitInterval() {
        assertProblem(postWith("v-att", d -> delegation(d, 0).put("attendance", 1.5)),
                "assembly.delegations[0].attendance", "1");
        assertProblem(postWith("v-att2", d -> delegation(d, 0).put("attendance", -0.1)),
                "assembly.delegations[0].attendance", "0");
    }

    @Test
    void seatsMustBePositive() {
        assertProblem(postWith("v-seats", d -> ((ObjectNode) d.get("posts").get(0)).put("seats", 0)),
                "posts[0].seats", "1");
    }

    @Test
    void wrongTypesMissingAndUnknownFieldsAreNamed() {
        assertProblem(postWith("v-type", d -> d.put("year", "last year")), "year", "integer");
        assertProblem(postWith("v-missing", d -> d.remove("candidates")), "candidates", "required");
        assertProblem(postWith("v-typo", d -> delegation(d, 0).put("atendance", 0.5)),
                "assembly.delegations[0].atendance", "not");
        assertProblem(postWith("v-model", d -> d.putObject("model").put("noSuchParameter", 1)),
                "model.noSuchParameter", "unknown model parameter");
        assertProblem(postWith("v-rule", d -> ((ObjectNode) d.get("posts").get(0)).put("rule", "coin-toss")),
                "posts[0].rule", "unknown rule set");
    }

    @Test
    void duplicateSlugIsAConflict() {
        postWith("v-twice", d -> { }).statusCode(201);
        postWith("v-twice", d -> { }).statusCode(409).contentType("application/problem+json")
                .body("violations[0].field", equalTo("slug"));
    }

    @Test
    void oversizeBodiesGet413() {
        String big = "{\"slug\": \"big\", \"description\": \"" + "x".repeat(2_100_000) + "\"}";
        given().contentType(ContentType.JSON).body(big).post("/api/scenarios").then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void malformedTextIsLocatedByLineAndColumn() {
        String yaml = "slug: broken\ntitle: x\nyear: 2021\nassembly:\n  delegations: [\n    {code: CHN\n";
        given().contentType("application/yaml").body(Fixtures.utf8(yaml)).post("/api/scenarios").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].message", containsString("syntax error"))
                .body("violations[0].line", org.hamcrest.Matchers.greaterThan(0));
        given().contentType(ContentType.JSON).body("{\"slug\": ").post("/api/scenarios").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("").post("/api/scenarios").then().statusCode(400)
                .body("violations[0].field", equalTo("body"));
    }

    @Test
    void yamlErrorsPointAtTheLine() {
        String yaml = Fixtures.yaml(Fixtures.scenario("v-line")).replace("country: \"IND\"", "country: \"ZZZ\"");
        int expectedLine = 1 + (int) yaml.substring(0, yaml.indexOf("country: \"ZZZ\"")).chars().filter(c -> c == '\n').count();
        given().contentType("application/yaml").body(Fixtures.utf8(yaml)).post("/api/scenarios").then().statusCode(400)
                .body("violations[0].field", equalTo("candidates[1].country"))
                .body("violations[0].line", equalTo(expectedLine));
    }

    @Test
    void nulCharactersAreRefusedBeforeTheyReachTheDatabase() {
        postWith("v-nul", d -> d.put("title", "bad\u0000title")).statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].message", containsString("NUL"));
        given().get("/api/scenarios/v-nul").then().statusCode(404);
    }

    @Test
    void wrongContentTypeIsAProblemToo() {
        given().contentType(ContentType.XML).body("<scenario/>").post("/api/scenarios").then().statusCode(415)
                .contentType("application/problem+json");
    }
}
