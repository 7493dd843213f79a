package org.plenary.api;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Requests as a given user. The API tests act as the analyst {@link #ANALYST} unless they say otherwise; users
 * are created on first use through the admin endpoint, with the test profile's admin (application.properties).
 */
final class Api {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "test-admin-password";
    static final String PASSWORD = "test-password-of-";
    static final String ANALYST = "analyst-a";
    static final String OTHER_ANALYST = "analyst-b";
    static final String VIEWER = "viewer-v";

    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    private Api() {
    }

    /** A request by the default test user, the analyst {@link #ANALYST}. */
    static RequestSpecification given() {
        return as(ANALYST);
    }

    static RequestSpecification anonymous() {
        return RestAssured.given();
    }

    /** A request by the user; names starting with viewer, analyst or admin get that role. */
    static RequestSpecification as(String user) {
        if (user == null) {
            return anonymous();
        }
        if (user.equals(ADMIN)) {
            return RestAssured.given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
        }
        ensure(user);
        return RestAssured.given().auth().preemptive().basic(user, password(user));
    }

    static String password(String user) {
        return user.equals(ADMIN) ? ADMIN_PASSWORD : PASSWORD + user;
    }

    static void ensure(String user) {
        if (CREATED.contains(user)) {
            return;
        }
        String role = user.startsWith("admin") ? "admin" : user.startsWith("viewer") ? "viewer" : "analyst";
        int status = RestAssured.given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body("{\"username\": \"" + user + "\", \"password\": \"" + password(user) + "\", \"role\": \"" + role + "\"}")
                .post("/api/admin/users").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("could not create test user " + user + ": " + status);
        }
        CREATED.add(user);
    }
}
