package org.plenary.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.plenary.persistence.ScenarioEntity;
import org.plenary.persistence.SimulationRunEntity;
import org.plenary.persistence.UserEntity;

/**
 * Ten thousand malformed or hostile requests across the API, from a seeded generator: none may get a 5xx, none
 * may show a stack trace or a Java class name, and the database must be exactly as before. Every request is
 * built to be invalid (bad slugs, bad trials, bad visibility, stale If-Match...), so none may create anything.
 */
@QuarkusTest
class HostileInputTest {

    private static final int REQUESTS = 10_000;
    private static final String TARGET = "hi-target";
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |\\bat [a-z]+\\.[a-z]|(java|javax|jakarta|org|com|io)\\.[a-z0-9]+\\.[a-zA-Z0-9.$]*[A-Z]\\w+");

    @TestHTTPResource("/")
    URI base;

    private final Random random = new Random(20261129L);

    private static final String[] JUNK = {"", " ", "null", "-1", "0", "1e309", "NaN", "-Infinity", "9223372036854775808",
            "../../etc/passwd", "..%2f..%2fetc%2fpasswd", "%00", "' OR '1'='1", "1; DROP TABLE scenario; --",
            "\" UNION SELECT password FROM app_user --", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
            "\u0000\u0001\u001b[31m", "\uD83D\uDE00\u202E\u200B", "\uFFFF\uFFFE", "é".repeat(300), "a".repeat(5000),
            "%s%n%x", "{{7*7}}", "\\u0000", "true", "[]", "{}", "\r\nX-Injected: 1", "CON", "*", "%"};

    private static final String[] BAD_NUMBERS = {"0", "-1", "-9223372036854775808", "1e309", "NaN", "\"12\"", "true",
            "[]", "{}", "1.5", "99999999999999999999999", "1000001", "-0", "\"NaN\"", "Infinity"};

    /** Trials no caller may ask for, and that Jackson cannot coerce into an allowed number. */
    private static final String[] BAD_TRIALS = {"0", "-1", "-9223372036854775808", "1e309", "NaN", "[]", "{}",
            "99999999999999999999999", "1000001", "-0", "\"NaN\"", "Infinity", "\"-5\""};

    /** A simulation request that cannot be run: a bad trials value in every variant that parses. */
    private String badSimulation() {
        String trials = BAD_TRIALS[random.nextInt(BAD_TRIALS.length)];
        return switch (random.nextInt(4)) {
            case 0 -> "{\"trials\": " + trials;
            case 1 -> "{\"trials\": " + trials + ", \"" + junk().replace("\"", "").replace("\\", "") + "\": " + anyValue() + "}";
            case 2 -> nested(1 + random.nextInt(1500));
            default -> "{\"trials\": " + trials + "}";
        };
    }

    private String junk() {
        return JUNK[random.nextInt(JUNK.length)];
    }

    /** Never a valid slug: '!' is outside [a-z0-9-]. */
    private String badSlug() {
        return "x!" + junk();
    }

    private String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String jsonString(String s) {
        return Fixtures.json(s);
    }

    private String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private String anyValue() {
        return switch (random.nextInt(8)) {
            case 0 -> jsonString(junk());
            case 1 -> BAD_NUMBERS[random.nextInt(BAD_NUMBERS.length)];
            case 2 -> nested(1 + random.nextInt(1500));
            case 3 -> "{\"a\": " + nested(random.nextInt(50)) + "}";
            case 4 -> "null";
            case 5 -> "[" + jsonString(junk()) + ", 1, null]";
            case 6 -> jsonString(badSlug());
            default -> "{\"$ref\": \"#\"}";
        };
    }

    /** A body that is broken as JSON, or the wrong shape, or carries a bad value. */
    private String badJson(String field, Supplier<String> badValue) {
        return switch (random.nextInt(7)) {
            case 0 -> "{\"" + field + "\": " + badValue.get() + "";
            case 1 -> "{\"" + field + "\": " + badValue.get() + ", \"" + junk().replace("\"", "") + "\": " + anyValue() + "}";
            case 2 -> nested(1 + random.nextInt(1500));
            case 3 -> junk();
            case 4 -> "{\"" + field + "\": " + badValue.get() + "}";
            case 5 -> "[" + anyValue() + "]";
            default -> "\uFEFF{\"" + field + "\": " + badValue.get() + "}";
        };
    }

    private record Call(String method, String path, String contentType, String body, String user) {
    }

    private static final String BIG = "{\"x\": \"" + "a".repeat(2_100_000) + "\"}";

    private Call next() {
        String user = switch (random.nextInt(6)) {
            case 0, 1 -> null;
            case 2 -> Api.ANALYST;
            case 3 -> Api.ADMIN;
            case 4 -> Api.VIEWER;
            default -> "bad-credentials";
        };
        String json = "application/json";
        String ct = switch (random.nextInt(10)) {
            case 0 -> "text/plain";
            case 1 -> "application/xml";
            case 2 -> "application/yaml";
            case 3 -> "multipart/form-data; boundary=x";
            case 4 -> junk().replaceAll("[^\\x20-\\x7e]", "");
            default -> json;
        };
        String s = "/api/scenarios/";
        String bundled = Fixtures.BUNDLED;
        return switch (random.nextInt(24)) {
            case 0 -> new Call("GET", "/api/scenarios?q=" + enc(junk()) + "&page=" + enc(junk()) + "&size=" + enc(junk()),
                    null, null, user);
            case 1 -> new Call("GET", s + enc(junk()), null, null, user);
            case 2 -> new Call("GET", s + bundled + "/" + enc(junk()) + "/" + enc(junk()), null, null, user);
            case 3 -> new Call("GET", s + bundled + "/delegations/" + enc(junk()) + "/explain?post=" + enc(junk()), null,
                    null, user);
            case 4 -> new Call("POST", "/api/scenarios", ct, badJson("slug", () -> jsonString(badSlug())), user);
            case 5 -> new Call("POST", "/api/scenarios", random.nextBoolean() ? json : "application/yaml",
                    brokenScenario(), user);
            case 6 -> new Call("PUT", s + (random.nextBoolean() ? bundled : TARGET), ct, brokenScenario(), user);
            case 7 -> new Call("POST", s + bundled + "/fork", ct, badJson("slug", () -> jsonString(badSlug())), user);
            case 8 -> new Call("POST", s + bundled + "/simulations", ct, badSimulation(), user);
            case 9 -> new Call("POST", s + bundled + "/simulations", json, "{\"trials\": " + BAD_TRIALS[random.nextInt(
                    BAD_TRIALS.length)] + ", \"" + pick("method", "compare", "campaigns", "rules", "turnout", "seed",
                    "campaignStrengths", "fork", "post", "targetWidth") + "\": " + anyValue() + "}", user);
            case 10 -> new Call("POST", s + TARGET + "/" + pick("delegations", "candidates", "campaigns"), ct,
                    badJson(pick("code", "id"), this::anyValue), user);
            case 11 -> new Call(pick("PUT", "DELETE"), s + TARGET + "/" + pick("delegations", "candidates", "campaigns")
                    + "/" + enc(junk()), ct, badJson("id", this::anyValue), user);
            case 12 -> new Call("PUT", s + TARGET + "/access", ct, badJson("visibility", () -> jsonString(badSlug())), user);
            case 13 -> new Call("POST", "/api/tally", ct, badJson(pick("rule", "candidates", "ballots", "seats", "seed"),
                    this::anyValue), user);
            case 14 -> new Call(pick("GET", "DELETE"), "/api/simulations/" + enc(junk()) + pick("", "/events"), null,
                    null, user);
            case 15 -> new Call("POST", "/api/admin/users", ct, badJson("username", () -> jsonString(badSlug())), user);
            case 16 -> new Call("PUT", "/api/admin/users/" + enc(pick(Api.VIEWER, junk())) + "/password", ct,
                    badJson("password", () -> pick("\"short\"", "null", "1", "\"" + "x".repeat(80) + "\"",
                            "\"abc\\u0000defghijklmn\"")), user);
            case 17 -> new Call("GET", "/api/me", null, null, user);
            case 18 -> new Call(pick("PATCH", "OPTIONS", "TRACE", "DELETE", "PUT"), pick("/api/scenarios", "/api/tally",
                    "/api/me", "/api/admin/users"), ct, junk(), user);
            case 19 -> new Call("GET", s + pick("..", "%2e%2e", "..%2F..%2Fdata", "%2e%2e%2f%2e%2e%2fpom.xml", "a/../../b",
                    ".%00.", "%C0%AE%C0%AE") + "/" + enc(junk()), null, null, user);
            case 20 -> new Call("POST", "/api/scenarios", "application/yaml", pick("a: &a [*a, *a]", "!!java.net.URL x",
                    "? " + "[".repeat(2000), "slug: !\n  - " + junk(), "x: " + junk()), user);
            case 21 -> new Call("POST", s + bundled + "/simulations", json, "{\"trials\": 0, \"campaigns\": ["
                    + ("\"" + junk().replace("\"", "").replace("\\", "") + "\",").repeat(1 + random.nextInt(500)) + "\"x\"]}", user);
            case 22 -> random.nextInt(20) == 0 ? new Call("POST", pick("/api/scenarios", "/api/tally",
                    s + bundled + "/simulations"), json, BIG, user)
                    : new Call("GET", "/api/scenarios?size=" + pick("0", "101", "-5", "1e9", "abc") + "&page="
                    + pick("-1", "100001", "x"), null, null, user);
            default -> new Call("GET", "/api/scenarios/load-report?" + enc(junk()) + "=" + enc(junk()), null, null, user);
        };
    }

    private String brokenScenario() {
        var doc = Fixtures.scenario("hi-new");
        doc.put("slug", badSlug());
        switch (random.nextInt(5)) {
            case 0 -> doc.put("year", random.nextBoolean() ? -1 : Integer.MAX_VALUE);
            case 1 -> doc.putArray("delegations");
            case 2 -> doc.put("title", junk());
            case 3 -> doc.remove("posts");
            default -> doc.put(junk().replace("\"", ""), junk());
        }
        String text = Fixtures.json(doc);
        return random.nextInt(4) == 0 ? text.substring(0, random.nextInt(text.length())) : text;
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private HttpRequest request(Call c) {
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(base.resolve(c.path().substring(1))).timeout(Duration.ofSeconds(60));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (c.contentType() != null && !c.contentType().isBlank()) {
            b.header("Content-Type", c.contentType());
        }
        if (c.path().endsWith("/events")) {
            b.header("Accept", "text/event-stream");
        }
        if (c.user() != null) {
            String credentials = c.user().equals("bad-credentials") ? pick(Api.ANALYST + ":wrong-password-1",
                    "no-colon", ":", "\u0000:\u0000", Api.VIEWER + ":" + "x".repeat(300)) : c.user() + ":" + Api.password(c.user());
            b.header("Authorization", c.user().equals("bad-credentials") && random.nextInt(4) == 0
                    ? pick("Basic !!!", "Bearer abc", "Basic", "Digest x=y")
                    : "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpRequest.BodyPublisher body = c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(c.body());
        return b.method(c.method(), body).build();
    }

    private TreeMap<String, String> snapshot() {
        return QuarkusTransaction.requiringNew().call(() -> {
            TreeMap<String, String> state = new TreeMap<>();
            for (ScenarioEntity e : ScenarioEntity.<ScenarioEntity>listAll()) {
                state.put("scenario " + e.slug, e.version + " " + e.contentHash + " " + e.visibility + " " + e.owner
                        + " " + e.sharedWith);
            }
            state.put("runs", Long.toString(SimulationRunEntity.count()));
            for (UserEntity u : UserEntity.<UserEntity>listAll()) {
                state.put("user " + u.username, u.role + " " + u.password);
            }
            return state;
        });
    }

    @Test
    void tenThousandHostileRequestsBreakNothingAndLeakNothing() throws Exception {
        Api.ensure(Api.VIEWER);
        Api.ensure(Api.ANALYST);
        if (Api.given().get("/api/scenarios/" + TARGET).statusCode() == 404) {
            Api.given().contentType(ContentType.JSON).body(Fixtures.json(Fixtures.scenario(TARGET)))
                    .post("/api/scenarios").then().statusCode(201);
        }
        TreeMap<String, String> before = snapshot();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        int sent = 0;
        while (sent < REQUESTS) {
            Call call = next();
            HttpRequest request = request(call);
            if (request == null) {
                continue;
            }
            sent++;
            HttpResponse<String> response;
            try {
                response = send(client, request);
            } catch (java.io.IOException e) {
                // Only the oversize bodies may see the connection closed under them (413 then close).
                if (call.body() == null || call.body().length() < 2_000_000) {
                    failures.add(call.method() + " " + call.path() + ": " + e);
                }
                continue;
            }
            String body = response.body();
            if (response.statusCode() >= 500 || LEAK.matcher(body).find()) {
                failures.add(response.statusCode() + " " + call.method() + " " + call.path() + " [" + call.contentType()
                        + "] as " + call.user() + " <- " + abbreviate(call.body()) + " -> " + abbreviate(body));
            }
            if (failures.size() > 20) {
                break;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(failures).as(sent + " requests in " + Math.round(seconds) + " s").isEmpty();
        assertThat(sent).isEqualTo(REQUESTS);
        assertThat(snapshot()).isEqualTo(before);
    }

    /**
     * A connection the server closed after an earlier answer (one that refused a body without reading it) can be
     * picked from the client's pool just as it closes; that request never reached the server, so it is sent once more.
     */
    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                throw e;
            }
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
