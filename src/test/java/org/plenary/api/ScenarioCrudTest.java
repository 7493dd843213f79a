package org.plenary.api;

import static org.plenary.api.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScenarioCrudTest {

    @Test
    void listsTheBundledScenarioAndFiltersByText() {
        given().when().get("/api/scenarios").then().statusCode(200)
                .body("items.slug", hasItem(Fixtures.BUNDLED))
                .body("page", equalTo(0));
        given().queryParam("q", "teaching").when().get("/api/scenarios").then().statusCode(200)
                .body("items.slug", hasItem(Fixtures.BUNDLED));
        given().queryParam("q", "no-such-words-anywhere").when().get("/api/scenarios").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void pagingParametersAreValidated() {
        given().queryParam("size", 0).when().get("/api/scenarios").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", containsString("size"));
    }

    @Test
    void createReadUpdateDeleteRoundTripInJson() throws Exception {
        ObjectNode doc = Fixtures.scenario("crud-json");
        Response created = given().contentType(ContentType.JSON).body(Fixtures.json(doc))
                .when().post("/api/scenarios");
        created.then().statusCode(201).header("Location", containsString("/api/scenarios/crud-json"))
                .header("ETag", notNullValue());
        String etag = created.header("ETag");

        JsonNode read = Fixtures.JSON.readTree(given().accept(ContentType.JSON).get("/api/scenarios/crud-json")
                .then().statusCode(200).header("ETag", etag).extract().asString());
        assertThat(read).isEqualTo(doc);

        doc.put("description", "changed");
        String newEtag = given().contentType(ContentType.JSON).header("If-Match", etag).body(Fixtures.json(doc))
                .when().put("/api/scenarios/crud-json").then().statusCode(200)
                .body("description", equalTo("changed")).extract().header("ETag");
        assertThat(newEtag).isNotEqualTo(etag);

        given().header("If-Match", newEtag).when().delete("/api/scenarios/crud-json").then().statusCode(204);
        given().when().get("/api/scenarios/crud-json").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void yamlInAndYamlOutRoundTrip() throws Exception {
        ObjectNode doc = Fixtures.scenario("crud-yaml");
        given().contentType("application/yaml").body(Fixtures.utf8(Fixtures.yaml(doc))).when().post("/api/scenarios")
                .then().statusCode(201);
        String yaml = given().accept("application/yaml").get("/api/scenarios/crud-yaml").then().statusCode(200)
                .contentType(containsString("yaml")).extract().asString();
        assertThat(Fixtures.YAML.readTree(yaml)).isEqualTo(doc);

        // The exported YAML is accepted back as is (under another slug).
        String again = yaml.replace("slug: \"crud-yaml\"", "slug: \"crud-yaml-2\"");
        given().contentType("application/yaml").body(Fixtures.utf8(again)).when().post("/api/scenarios").then().statusCode(201);
        assertThat(Fixtures.JSON.readTree(given().accept(ContentType.JSON).get("/api/scenarios/crud-yaml-2").asString())
                .get("candidates")).isEqualTo(doc.get("candidates"));
    }

    @Test
    void staleIfMatchIsRefusedWith412AndNothingChanges() {
        ObjectNode doc = Fixtures.scenario("crud-stale");
        String etag = given().contentType(ContentType.JSON).body(Fixtures.json(doc)).post("/api/scenarios")
                .then().statusCode(201).extract().header("ETag");
        doc.put("description", "first writer");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Fixtures.json(doc))
                .put("/api/scenarios/crud-stale").then().statusCode(200);
        doc.put("description", "second writer, stale");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Fixtures.json(doc))
                .put("/api/scenarios/crud-stale").then().statusCode(412)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("If-Match"));
        given().get("/api/scenarios/crud-stale").then().body("description", equalTo("first writer"));
        given().header("If-Match", "not-an-etag").delete("/api/scenarios/crud-stale").then().statusCode(400)
                .body("violations[0].field", equalTo("If-Match"));
    }

    @Test
    void forkCopiesUnderANewSlugAndBundledScenariosAreReadOnly() {
        given().contentType(ContentType.JSON).body("{\"slug\": \"asia-fork\", \"title\": \"What if\"}")
                .post("/api/scenarios/" + Fixtures.BUNDLED + "/fork").then().statusCode(201)
                .header("Location", containsString("/api/scenarios/asia-fork"))
                .body("forkedFrom", equalTo(Fixtures.BUNDLED))
                .body("title", equalTo("What if"));
        given().contentType(ContentType.JSON).body("{\"slug\": \"asia-fork\"}")
                .post("/api/scenarios/" + Fixtures.BUNDLED + "/fork").then().statusCode(409)
                .body("violations[0].field", equalTo("slug"));
        given().contentType(ContentType.JSON).body("{\"slug\": \"Bad Slug!\"}")
                .post("/api/scenarios/" + Fixtures.BUNDLED + "/fork").then().statusCode(400)
                .body("violations[0].field", equalTo("slug"));
        // Another address of the API cannot be a scenario's: it could never be read back.
        given().contentType(ContentType.JSON).body("{\"slug\": \"load-report\"}")
                .post("/api/scenarios/" + Fixtures.BUNDLED + "/fork").then().statusCode(400)
                .body("violations[0].field", equalTo("slug"))
                .body("violations[0].message", containsString("reserved"));
        given().contentType(ContentType.JSON).body(Fixtures.json(Fixtures.scenario("load-report")))
                .post("/api/scenarios").then().statusCode(400).body("violations[0].field", equalTo("slug"));
        given().contentType(ContentType.JSON).body(Fixtures.json(Fixtures.scenario(Fixtures.BUNDLED)))
                .put("/api/scenarios/" + Fixtures.BUNDLED).then().statusCode(409);
        given().delete("/api/scenarios/" + Fixtures.BUNDLED).then().statusCode(409);
    }

    @Test
    void aForkDocumentPatchesItsBase() {
        String fork = """
                slug: asia-no-letter
                title: Without the letter
                year: 2021
                base: interpol-2021-asia-delegates
                patch:
                  campaigns:
                    - {id: ipac-letter, enabled: false}
                """;
        given().contentType("application/yaml").body(Fixtures.utf8(fork)).post("/api/scenarios").then().statusCode(201)
                .body("forkedFrom", equalTo(Fixtures.BUNDLED))
                .body("campaigns[0].enabled", equalTo(false))
                .body("campaigns[0].signers", equalTo(50))
                .body("assembly.delegations.size()", equalTo(28));
        // A misspelt patch is refused, not dropped (it gave an unpatched copy).
        given().contentType(ContentType.JSON)
                .body("{\"slug\": \"fork-typo\", \"base\": \"" + Fixtures.BUNDLED + "\", \"pacth\": {\"title\": \"P\"}}")
                .post("/api/scenarios").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("pacth"));
        given().get("/api/scenarios/fork-typo").then().statusCode(404);
    }

    /** Writers racing without If-Match set no precondition: each gets its write (200) or a conflict to retry (409). */
    @Test
    void writersRacingWithoutIfMatchGetTheirWriteOrAConflict() throws Exception {
        given().contentType(ContentType.JSON).body(Fixtures.json(Fixtures.scenario("race"))).post("/api/scenarios")
                .then().statusCode(201);
        String campaign = given().get("/api/scenarios/race/campaigns/ipac-letter").asString();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String body = campaign.replace("\"enabled\":true", "\"enabled\":" + (i % 2 == 0));
                answers.add(pool.submit(() -> given().contentType(ContentType.JSON).body(body)
                        .put("/api/scenarios/race/campaigns/ipac-letter").statusCode()));
            }
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (var a : answers) {
                statuses.add(a.get());
            }
            assertThat(statuses).as("statuses").allMatch(c -> c == 200 || c == 409).contains(200);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void partsCanBeReadAndChangedOneAtATime() {
        given().contentType(ContentType.JSON).body(Fixtures.json(Fixtures.scenario("parts"))).post("/api/scenarios")
                .then().statusCode(201);
        given().get("/api/scenarios/parts/delegations").then().statusCode(200).body("size()", equalTo(28));
        given().get("/api/scenarios/parts/delegations/CHN").then().statusCode(200).body("name", equalTo("China"));
        given().get("/api/scenarios/parts/delegations/XXX").then().statusCode(404);
        given().get("/api/scenarios/parts/candidates/sinha").then().statusCode(200).body("country", equalTo("IND"));

        String etag = given().contentType(ContentType.JSON)
                .body("{\"code\": \"FSM\", \"name\": \"Micronesia\", \"region\": \"ASIA\", \"attendance\": 0.5}")
                .post("/api/scenarios/parts/delegations").then().statusCode(201)
                .header("Location", containsString("/api/scenarios/parts/delegations/FSM"))
                .extract().header("ETag");
        given().contentType(ContentType.JSON).body("{\"code\": \"FSM\", \"name\": \"Micronesia\", \"region\": \"ASIA\"}")
                .post("/api/scenarios/parts/delegations").then().statusCode(409);

        String campaign = given().get("/api/scenarios/parts/campaigns/ipac-letter").asString()
                .replace("\"enabled\":true", "\"enabled\":false");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(campaign)
                .put("/api/scenarios/parts/campaigns/ipac-letter").then().statusCode(200)
                .body("enabled", equalTo(false));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(campaign)
                .put("/api/scenarios/parts/campaigns/ipac-letter").then().statusCode(412);
        // A part read gives the ETag to write it back with; a weak ETag never matches If-Match.
        String read = given().get("/api/scenarios/parts/campaigns/ipac-letter").then().statusCode(200)
                .extract().header("ETag");
        assertThat(read).isNotNull().isNotEqualTo(etag);
        given().get("/api/scenarios/parts/campaigns").then().statusCode(200).header("ETag", read);
        given().contentType(ContentType.JSON).header("If-Match", "W/" + read).body(campaign)
                .put("/api/scenarios/parts/campaigns/ipac-letter").then().statusCode(400)
                .body("violations[0].field", equalTo("If-Match"));
        given().contentType(ContentType.JSON).header("If-Match", read).body(campaign)
                .put("/api/scenarios/parts/campaigns/ipac-letter").then().statusCode(200);

        // Removing the candidate a campaign targets would break the scenario: refused, naming the field.
        given().delete("/api/scenarios/parts/candidates/hu-binchen").then().statusCode(400)
                .body("violations.field", hasItem("campaigns[0].target"));
        given().delete("/api/scenarios/parts/campaigns/ipac-letter").then().statusCode(204);
        given().get("/api/scenarios/parts/campaigns").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void schemaIsServed() {
        given().get("/api/schema/scenario").then().statusCode(200)
                .body("$schema", containsString("2020-12"))
                .body("required", hasItem("candidates"));
    }

    @Test
    void operationalEndpointsAnswer() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200).body(containsString("Fork a scenario"));
    }
}
