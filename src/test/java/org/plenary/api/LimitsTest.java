package org.plenary.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.plenary.app.access.Caller;
import org.plenary.app.access.Role;
import org.plenary.app.simulation.SimulationRequest;
import org.plenary.app.simulation.SimulationService;

@QuarkusTest
class LimitsTest {

    private static final String ISTANBUL = "/api/scenarios/interpol-2021-istanbul/simulations";

    @TestHTTPResource("/")
    URI base;

    @Inject
    SimulationService simulations;

    @Test
    void aFullPoolAndQueueAnswer429WithRetryAfter() {
        List<String> started = new ArrayList<>();
        try {
            Response last = null;
            // 2 workers and 8 waiting places (the defaults): the eleventh big job finds no room.
            for (int i = 0; i < 20; i++) {
                last = Api.given().contentType(ContentType.JSON).body("{\"trials\": 1000000, \"seed\": " + i + "}")
                        .post(ISTANBUL);
                if (last.statusCode() != 202) {
                    break;
                }
                started.add(last.path("id"));
            }
            assertThat(last.statusCode()).isEqualTo(429);
            assertThat(last.contentType()).startsWith("application/problem+json");
            assertThat(last.header("Retry-After")).isEqualTo("5");
            assertThat(started).hasSizeBetween(8, 10);
        } finally {
            for (String id : started) {
                Api.given().delete("/api/simulations/" + id).then().statusCode(200);
            }
        }
        for (String id : started) {
            await(id);
        }
    }

    @Test
    void aJobOverItsTimeLimitIsCancelledAndSaysWhy() {
        Caller admin = new Caller(Api.ADMIN, Role.ADMIN);
        SimulationRequest big = new SimulationRequest(1_000_000L, 3L, null, null, null, null, null, null, null, null,
                null);
        String id = simulations.start(admin, "interpol-2021-istanbul", big, 1_000_000, Duration.ofMillis(50)).run().id();
        await(id);
        Api.given().get("/api/simulations/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("error", org.hamcrest.Matchers.containsString("time limit"));
    }

    @Test
    void chunkedBodiesWithoutContentLengthAreBoundedToo() throws Exception {
        byte[] huge = new byte[6_000_000];
        Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/tally"))
                .header("Content-Type", "application/json")
                // An input stream of unknown length goes out chunked, with no Content-Length.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
        } catch (IOException closed) {
            // The server answered 413 and closed the connection while the client was still sending: bounded too.
        }
        Api.anonymous().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void declaredOversizeBodiesGetAProblem413() {
        Api.anonymous().contentType(ContentType.JSON).body(new byte[2_500_000]).post("/api/tally").then()
                .statusCode(413).contentType("application/problem+json");
    }

    private static void await(String id) {
        long until = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < until) {
            String status = Api.given().get("/api/simulations/" + id).path("status");
            if (List.of("DONE", "CANCELLED", "FAILED").contains(status)) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("run " + id + " did not end");
    }
}
