package org.plenary.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint × {anonymous, viewer, owner analyst, other analyst, admin} × {public, private, shared}: the
 * expected status, and nothing of a scenario one may not read leaks through lists, search, runs, exports,
 * forks or error messages. The shared scenario is shared with the viewer only.
 */
@QuarkusTest
class AuthorisationMatrixTest {

    private static final String OWNER = Api.ANALYST;
    private static final List<String> CALLERS = Arrays.asList(null, Api.VIEWER, OWNER, Api.OTHER_ANALYST, Api.ADMIN);
    private static final String[] VISIBILITIES = {"public", "private", "shared"};
    private static final Map<String, String> RUNS = new LinkedHashMap<>();
    private static int forks;

    private static String slug(String visibility) {
        return "mx-" + visibility;
    }

    @BeforeEach
    void fixtures() {
        if (!RUNS.isEmpty()) {
            return;
        }
        for (String v : VISIBILITIES) {
            Api.as(OWNER).contentType(ContentType.JSON).body(Fixtures.json(Fixtures.scenario(slug(v))))
                    .post("/api/scenarios").then().statusCode(201);
            String access = v.equals("shared") ? "{\"visibility\": \"shared\", \"sharedWith\": [\"" + Api.VIEWER + "\"]}"
                    : "{\"visibility\": \"" + v + "\"}";
            Api.as(OWNER).contentType(ContentType.JSON).body(access).put("/api/scenarios/" + slug(v) + "/access")
                    .then().statusCode(200).body("visibility", equalTo(v));
            RUNS.put(v, Api.as(OWNER).contentType(ContentType.JSON).body("{\"trials\": 200, \"seed\": 1}")
                    .post("/api/scenarios/" + slug(v) + "/simulations").then().statusCode(201).extract().path("id"));
        }
    }

    private static boolean reads(String caller, String visibility) {
        return visibility.equals("public") || OWNER.equals(caller) || Api.ADMIN.equals(caller)
                || (visibility.equals("shared") && Api.VIEWER.equals(caller));
    }

    /** Writes to a scenario: 401 anonymous, 403 viewer (role), 404 unreadable, 403 not the owner, else ok. */
    private static int write(String caller, String visibility, int ok) {
        if (caller == null) {
            return 401;
        }
        if (caller.equals(Api.VIEWER)) {
            return 403;
        }
        if (!reads(caller, visibility)) {
            return 404;
        }
        return caller.equals(OWNER) || caller.equals(Api.ADMIN) ? ok : 403;
    }

    /** Optimiser, coalition and sensitivity jobs are for analysts and admins, on scenarios they may read. */
    private static int analysis(String caller, String visibility) {
        if (caller == null) {
            return 401;
        }
        if (caller.equals(Api.VIEWER)) {
            return 403;
        }
        return reads(caller, visibility) ? 400 : 404;
    }

    private record Case(String name, Function<RequestSpecification, Response> call, int expected) {
    }

    @Test
    void everyEndpointCallerAndVisibilityGivesTheExpectedStatus() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String v : VISIBILITIES) {
            String s = "/api/scenarios/" + slug(v);
            String run = "/api/simulations/" + RUNS.get(v);
            for (String caller : CALLERS) {
                int read = reads(caller, v) ? 200 : 404;
                boolean canFork = caller != null && !caller.equals(Api.VIEWER);
                String forkSlug = "mx-fork-" + (++forks);
                List<Case> cases = List.of(
                        new Case("GET scenario", r -> r.get(s), read),
                        new Case("GET scenario as YAML", r -> r.accept("application/yaml").get(s), read),
                        new Case("GET access", r -> r.get(s + "/access"), read),
                        new Case("GET delegations", r -> r.get(s + "/delegations"), read),
                        new Case("GET delegation", r -> r.get(s + "/delegations/JPN"), read),
                        new Case("GET explain", r -> r.queryParam("post", "delegate-asia").get(s + "/delegations/JPN/explain"), read),
                        new Case("GET candidates", r -> r.get(s + "/candidates"), read),
                        new Case("GET campaigns", r -> r.get(s + "/campaigns"), read),
                        new Case("GET runs", r -> r.get(s + "/simulations"), read),
                        new Case("GET run", r -> r.get(run), read),
                        new Case("GET run CSV", r -> r.accept("text/csv").get(run), read),
                        new Case("GET run events", r -> r.accept("text/event-stream").get(run + "/events"), read),
                        new Case("POST simulation", r -> r.contentType(ContentType.JSON).body("{\"trials\": 100, \"seed\": 2}")
                                .post(s + "/simulations"), reads(caller, v) ? 201 : 404),
                        new Case("POST fork", r -> r.contentType(ContentType.JSON).body("{\"slug\": \"" + forkSlug + "\"}")
                                .post(s + "/fork"), caller == null ? 401 : !canFork ? 403 : reads(caller, v) ? 201 : 404),
                        new Case("PUT scenario", r -> r.contentType(ContentType.JSON)
                                .body(Fixtures.json(Fixtures.scenario(slug(v)))).put(s), write(caller, v, 200)),
                        new Case("DELETE scenario (stale If-Match)", r -> r.header("If-Match", "\"999\"").delete(s),
                                write(caller, v, 412)),
                        new Case("POST campaign (stale If-Match)", r -> r.contentType(ContentType.JSON).header("If-Match", "\"999\"")
                                .body("{\"id\": \"x\"}").post(s + "/campaigns"), write(caller, v, 412)),
                        new Case("PUT delegation (stale If-Match)", r -> r.contentType(ContentType.JSON).header("If-Match", "\"999\"")
                                .body("{\"code\": \"JPN\"}").put(s + "/delegations/JPN"), write(caller, v, 412)),
                        new Case("DELETE candidate (stale If-Match)", r -> r.header("If-Match", "\"999\"")
                                .delete(s + "/candidates/nobody"), write(caller, v, 412)),
                        new Case("PUT access", r -> r.contentType(ContentType.JSON).body(v.equals("shared")
                                ? "{\"visibility\": \"shared\", \"sharedWith\": [\"" + Api.VIEWER + "\"]}"
                                : "{\"visibility\": \"" + v + "\"}").put(s + "/access"), write(caller, v, 200)),
                        new Case("GET run chart", r -> r.get(run + "/charts/win-probability.svg"), read),
                        new Case("GET swing", r -> r.queryParam("post", "delegate-asia").queryParam("trials", 200)
                                .get(s + "/swing"), caller == null ? 401 : read),
                        // An invalid request. The optimiser checks its body before the scenario: 400 for any slug,
                        // which says nothing about the scenario; the others look the scenario up first (404).
                        new Case("POST optimise", r -> r.contentType(ContentType.JSON).body("{\"budget\": -1}")
                                .post(s + "/optimise"), analysis(caller, v) == 404 ? 400 : analysis(caller, v)),
                        new Case("POST coalition", r -> r.contentType(ContentType.JSON).body("{\"trials\": -1}")
                                .post(s + "/coalition"), analysis(caller, v)),
                        new Case("POST sensitivity", r -> r.contentType(ContentType.JSON).body("{\"trials\": -1}")
                                .post(s + "/sensitivity"), analysis(caller, v)),
                        new Case("DELETE run (cancel)", r -> r.delete(run), caller == null ? 401
                                : !reads(caller, v) ? 404 : caller.equals(OWNER) || caller.equals(Api.ADMIN) ? 200 : 403));
                for (Case c : cases) {
                    Response response = c.call().apply(Api.as(caller));
                    checked++;
                    if (response.statusCode() != c.expected()) {
                        failures.add(v + " / " + caller + " / " + c.name() + ": " + response.statusCode() + " (expected "
                                + c.expected() + ") " + response.asString());
                    }
                    if (response.statusCode() >= 400 && !c.name().contains("events") && !c.name().contains("chart")) {
                        assertThat(response.contentType()).as(c.name()).startsWith("application/problem+json");
                    }
                    if (response.statusCode() == 404) {
                        assertThat(response.asString()).as("a 404 names nothing but what was asked")
                                .doesNotContain("Test scenario").doesNotContain(OWNER);
                    }
                }
            }
        }
        assertThat(failures).as(checked + " checks").isEmpty();
    }

    @Test
    void listsAndSearchShowOnlyWhatTheCallerMayRead() {
        for (String caller : CALLERS) {
            for (String q : new String[] {"mx-", "Test scenario mx", "private", "shared"}) {
                List<String> slugs = Api.as(caller).queryParam("q", q).queryParam("size", 100).get("/api/scenarios")
                        .then().statusCode(200).extract().jsonPath().getList("items.slug", String.class);
                int total = Api.as(caller).queryParam("q", q).queryParam("size", 100).get("/api/scenarios")
                        .then().extract().path("total");
                for (String v : VISIBILITIES) {
                    if (!reads(caller, v)) {
                        assertThat(slugs).as(caller + " searching " + q).doesNotContain(slug(v));
                    }
                }
                assertThat(total).as("the total counts only readable scenarios").isEqualTo(slugs.size());
            }
            List<String> all = Api.as(caller).queryParam("size", 100).get("/api/scenarios").then().statusCode(200)
                    .extract().jsonPath().getList("items.slug", String.class);
            for (String v : VISIBILITIES) {
                if (!reads(caller, v)) {
                    assertThat(all).doesNotContain(slug(v));
                }
            }
        }
    }

    /**
     * A run comparing a public scenario with a private or shared one shows the other's name, candidates and numbers:
     * it is as hidden as that one, in every form (the run, its CSV, its charts, the public scenario's run list).
     */
    @Test
    void aRunComparedWithAHiddenScenarioIsAsHiddenAsIt() {
        for (String other : new String[] {"private", "shared"}) {
            String id = Api.as(OWNER).contentType(ContentType.JSON)
                    .body("{\"trials\": 200, \"seed\": 3, \"compare\": \"fork\", \"fork\": \"" + slug(other) + "\"}")
                    .post("/api/scenarios/mx-public/simulations").then().statusCode(201)
                    .body("result.comparison", org.hamcrest.Matchers.notNullValue()).extract().path("id");
            for (String caller : CALLERS) {
                int expected = reads(caller, other) ? 200 : 404;
                String who = caller + " on a run compared with " + slug(other);
                assertThat(Api.as(caller).get("/api/simulations/" + id).statusCode()).as(who).isEqualTo(expected);
                assertThat(Api.as(caller).queryParam("format", "csv").get("/api/simulations/" + id).statusCode())
                        .as(who + " (CSV)").isEqualTo(expected);
                assertThat(Api.as(caller).get("/api/simulations/" + id + "/charts/campaign-lift.svg").statusCode())
                        .as(who + " (chart)").isIn(expected == 200 ? List.of(200, 409) : List.of(404));
                List<String> listed = Api.as(caller).get("/api/scenarios/mx-public/simulations").then().statusCode(200)
                        .extract().jsonPath().getList("id");
                assertThat(listed.contains(id)).as(who + " (run list)").isEqualTo(expected == 200);
            }
        }
        // Comparing a scenario with itself is refused: there is nothing to compare.
        Api.as(OWNER).contentType(ContentType.JSON).body("{\"trials\": 100, \"compare\": \"fork\", \"fork\": \"mx-public\"}")
                .post("/api/scenarios/mx-public/simulations").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("fork"));
    }

    @Test
    void aHiddenScenarioLooksExactlyLikeAMissingOne() {
        for (String caller : Arrays.asList(null, Api.VIEWER, Api.OTHER_ANALYST)) {
            String hidden = Api.as(caller).get("/api/scenarios/mx-private").then().statusCode(404)
                    .extract().path("detail");
            String missing = Api.as(caller).get("/api/scenarios/mx-nothing").then().statusCode(404)
                    .extract().path("detail");
            assertThat(hidden.replace("mx-private", "X")).isEqualTo(missing.replace("mx-nothing", "X"));
            String hiddenRun = Api.as(caller).get("/api/simulations/" + RUNS.get("private")).then().statusCode(404)
                    .extract().path("detail");
            assertThat(hiddenRun).doesNotContain("mx-private");
        }
        // A base to patch, and a scenario to compare with, that one may not read are "no such scenario".
        String withBase = "{\"slug\": \"mx-patched\", \"base\": \"mx-private\", \"patch\": {\"title\": \"P\"}}";
        String missingBase = withBase.replace("\"base\": \"mx-private\"", "\"base\": \"mx-nothing\"");
        String a = Api.as(Api.OTHER_ANALYST).contentType(ContentType.JSON).body(withBase).post("/api/scenarios")
                .then().statusCode(400).extract().asString();
        String b = Api.as(Api.OTHER_ANALYST).contentType(ContentType.JSON).body(missingBase).post("/api/scenarios")
                .then().statusCode(400).extract().asString();
        assertThat(a.replace("mx-private", "X")).isEqualTo(b.replace("mx-nothing", "X"));
        Api.as(Api.OTHER_ANALYST).contentType(ContentType.JSON)
                .body("{\"trials\": 100, \"compare\": \"fork\", \"fork\": \"mx-private\"}")
                .post("/api/scenarios/mx-public/simulations").then().statusCode(404);
        // A taken slug is refused with the same neutral words whoever holds it.
        String taken = Api.as(Api.OTHER_ANALYST).contentType(ContentType.JSON)
                .body(Fixtures.json(Fixtures.scenario("mx-private"))).post("/api/scenarios").then().statusCode(409)
                .extract().path("detail");
        String takenPublic = Api.as(Api.OTHER_ANALYST).contentType(ContentType.JSON)
                .body(Fixtures.json(Fixtures.scenario("mx-public"))).post("/api/scenarios").then().statusCode(409)
                .extract().path("detail");
        assertThat(taken.replace("mx-private", "X")).isEqualTo(takenPublic.replace("mx-public", "X"));
        Api.as(Api.VIEWER).get("/api/scenarios/mx-shared/access").then().statusCode(200)
                .body("sharedWith", equalTo(null));
    }

    @Test
    void securityErrorsAreProblemsAndAnonymousCallsAreCapped() {
        Api.anonymous().get("/api/me").then().statusCode(200).body("anonymous", equalTo(true));
        Api.as(Api.VIEWER).get("/api/me").then().statusCode(200).body("username", equalTo(Api.VIEWER))
                .body("roles[0]", equalTo("viewer"));
        Api.anonymous().auth().preemptive().basic(Api.VIEWER, "wrong-password-123").get("/api/me").then()
                .statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"));
        Api.anonymous().get("/api/admin/users").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"));
        Api.as(Api.OTHER_ANALYST).get("/api/admin/users").then().statusCode(403)
                .contentType("application/problem+json");
        Api.as(Api.ADMIN).get("/api/admin/users").then().statusCode(200);
        Api.anonymous().contentType(ContentType.JSON).body("{\"trials\": 20001}")
                .post("/api/scenarios/mx-public/simulations").then().statusCode(400)
                .body("violations[0].field", equalTo("trials"));
        Api.as(Api.VIEWER).contentType(ContentType.JSON).body("{\"trials\": 100001}")
                .post("/api/scenarios/mx-public/simulations").then().statusCode(400);
    }

    @Test
    void adminsCreateUsersAndResetPasswords() {
        Api.as(Api.ADMIN).contentType(ContentType.JSON)
                .body("{\"username\": \"mx-carol\", \"password\": \"carol-password-1\", \"role\": \"viewer\"}")
                .post("/api/admin/users").then().statusCode(201);
        Api.anonymous().auth().preemptive().basic("mx-carol", "carol-password-1").get("/api/me").then()
                .statusCode(200).body("roles[0]", equalTo("viewer"));
        Api.as(Api.ADMIN).contentType(ContentType.JSON).body("{\"password\": \"carol-password-2\"}")
                .put("/api/admin/users/mx-carol/password").then().statusCode(204);
        Api.anonymous().auth().preemptive().basic("mx-carol", "carol-password-1").get("/api/me").then().statusCode(401);
        Api.anonymous().auth().preemptive().basic("mx-carol", "carol-password-2").get("/api/me").then().statusCode(200);
        Api.as(Api.ADMIN).contentType(ContentType.JSON)
                .body("{\"username\": \"Bad Name\", \"password\": \"short\", \"role\": \"king\"}")
                .post("/api/admin/users").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.hasItems("username", "password", "role"));
        Api.as(Api.ADMIN).contentType(ContentType.JSON)
                .body("{\"username\": \"mx-carol\", \"password\": \"carol-password-1\", \"role\": \"viewer\"}")
                .post("/api/admin/users").then().statusCode(409);
        Api.as(Api.ADMIN).contentType(ContentType.JSON).body("{\"password\": \"carol-password-2\"}")
                .put("/api/admin/users/nobody-here/password").then().statusCode(404);
        Api.as(Api.OTHER_ANALYST).contentType(ContentType.JSON).body("{\"password\": \"carol-password-3\"}")
                .put("/api/admin/users/mx-carol/password").then().statusCode(403);
    }
}
