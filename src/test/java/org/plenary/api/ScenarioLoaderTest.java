package org.plenary.api;

import static org.plenary.api.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.app.LoadReport;
import org.plenary.app.ScenarioLoader;

@QuarkusTest
class ScenarioLoaderTest {

    @Inject
    ScenarioLoader loader;

    @TempDir
    Path dir;

    private static LoadReport.FileResult result(LoadReport report, String file) {
        return report.files().stream().filter(f -> f.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void aBrokenFileIsReportedWithItsLineAndTheGoodOneNextToItLoads() throws Exception {
        String good = Files.readString(Path.of("scenarios", Fixtures.BUNDLED + ".yaml"))
                .replace("slug: interpol-2021-asia-delegates", "slug: loader-good");
        Files.writeString(dir.resolve("a-good.yaml"), good);
        String broken = good.replace("slug: loader-good", "slug: loader-broken")
                .replace("    seats: 2 ", "    seats: -2 ");
        Files.writeString(dir.resolve("b-broken.yaml"), broken);
        int seatsLine = 1 + (int) broken.lines().takeWhile(l -> !l.contains("seats: -2")).count();
        Files.writeString(dir.resolve("c-not-yaml.yaml"), "slug: [unclosed\n");

        LoadReport report = loader.load(dir);
        try {
            assertThat(result(report, "a-good.yaml").status()).isEqualTo("CREATED");
            LoadReport.FileResult failed = result(report, "b-broken.yaml");
            assertThat(failed.status()).isEqualTo("FAILED");
            assertThat(failed.errors()).anySatisfy(v -> {
                assertThat(v.field()).isEqualTo("posts[0].seats");
                assertThat(v.line()).isEqualTo(seatsLine);
                assertThat(v.column()).isPositive();
            });
            assertThat(result(report, "c-not-yaml.yaml").errors().get(0).message()).contains("syntax error");

            given().get("/api/scenarios/load-report").then().statusCode(200)
                    .body("files.find { it.file == 'b-broken.yaml' }.status", equalTo("FAILED"))
                    .body("files.find { it.file == 'b-broken.yaml' }.errors[0].line", equalTo(seatsLine));
            given().get("/api/scenarios/loader-good").then().statusCode(200);
            given().get("/api/scenarios/loader-broken").then().statusCode(404);

            // Idempotent: loading the same files again changes nothing.
            String etag = given().get("/api/scenarios/loader-good").header("ETag");
            assertThat(result(loader.load(dir), "a-good.yaml").status()).isEqualTo("UNCHANGED");
            assertThat(given().get("/api/scenarios/loader-good").header("ETag")).isEqualTo(etag);

            // A changed bundled file updates its scenario.
            Files.writeString(dir.resolve("a-good.yaml"), good.replace("teaching version)\"", "teaching, v2)\""));
            assertThat(result(loader.load(dir), "a-good.yaml").status()).isEqualTo("UPDATED");
            given().get("/api/scenarios/loader-good").then().body("title", equalTo("2021 Istanbul: Delegates for Asia (teaching, v2)"));
        } finally {
            loader.load(Path.of("scenarios"));
        }
    }

    @Test
    void aScenarioCreatedOverTheApiIsNeverOverwrittenByAFile() throws Exception {
        String doc = Fixtures.json(Fixtures.scenario("loader-api-owned"));
        given().contentType(ContentType.JSON).body(doc).post("/api/scenarios").then().statusCode(201);
        String file = Files.readString(Path.of("scenarios", Fixtures.BUNDLED + ".yaml"))
                .replace("slug: interpol-2021-asia-delegates", "slug: loader-api-owned");
        Files.writeString(dir.resolve("owned.yaml"), file);
        try {
            LoadReport report = loader.load(dir);
            assertThat(report.files()).extracting(LoadReport.FileResult::status)
                    .isEqualTo(List.of("SKIPPED_SLUG_OWNED_BY_API"));
            given().get("/api/scenarios/loader-api-owned").then().body("title", equalTo("Test scenario loader-api-owned"));
        } finally {
            loader.load(Path.of("scenarios"));
        }
    }
}
