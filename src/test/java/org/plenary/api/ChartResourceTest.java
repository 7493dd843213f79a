package org.plenary.api;

import static org.plenary.api.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@QuarkusTest
class ChartResourceTest {

    private static final String ASIA = "/api/scenarios/interpol-2021-asia-delegates/simulations";

    @Test
    void everyChartOfAFinishedRunIsSvgWithATitleAndLabels() throws Exception {
        String id = given().contentType(ContentType.JSON).body("{\"trials\": 1000, \"seed\": 21}").post(ASIA).then()
                .statusCode(201).extract().path("id");
        for (String chart : List.of("win-probability.svg", "vote-shares.svg", "rounds.svg")) {
            String svg = given().accept("image/svg+xml").get("/api/simulations/" + id + "/charts/" + chart).then()
                    .statusCode(200).contentType(startsWith("image/svg+xml"))
                    .header("Cache-Control", containsString("max-age")).extract().asString();
            Document doc = ChartSvgTest.parse(svg);
            assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
            assertThat(ChartSvgTest.text(doc, "title").get(0)).contains("interpol-2021-asia-delegates", "seed 21");
            assertThat(ChartSvgTest.bars(doc)).isNotEmpty();
        }
        String win = given().get("/api/simulations/" + id + "/charts/win-probability.svg").then().statusCode(200)
                .extract().asString();
        Document doc = ChartSvgTest.parse(win);
        assertThat(ChartSvgTest.text(doc, "text")).contains("Hu Binchen (CHN)");
        List<Element> hu = ChartSvgTest.bars(doc).stream()
                .filter(b -> b.getAttribute("data-candidate").equals("hu-binchen")).toList();
        assertThat(hu).hasSize(1);
        double p = given().get("/api/simulations/" + id).then().extract().jsonPath()
                .getDouble("result.posts[0].candidates.find { it.id == 'hu-binchen' }.winProbability");
        assertThat(Double.parseDouble(hu.get(0).getAttribute("data-value"))).isEqualTo(p);
    }

    @Test
    void aPostFilterAndAComparisonGiveTheLiftChart() throws Exception {
        String id = given().contentType(ContentType.JSON)
                .body("{\"trials\": 1000, \"seed\": 4, \"compare\": \"campaigns-off\"}").post(ASIA).then()
                .statusCode(201).extract().path("id");
        String svg = given().queryParam("post", "delegate-asia")
                .get("/api/simulations/" + id + "/charts/campaign-lift.svg").then().statusCode(200)
                .contentType(startsWith("image/svg+xml")).extract().asString();
        Document doc = ChartSvgTest.parse(svg);
        assertThat(ChartSvgTest.bars(doc)).isNotEmpty().allSatisfy(b ->
                assertThat(b.getAttribute("data-arm")).isEqualTo("with campaigns"));
        assertThat(ChartSvgTest.text(doc, "text")).contains("with campaigns: Hu Binchen");
        given().queryParam("post", "no-such-post").get("/api/simulations/" + id + "/charts/rounds.svg").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("post"));
    }

    @Test
    void errorsAreProblemJson() {
        given().get("/api/simulations/no-such-run/charts/win-probability.svg").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        String plain = given().contentType(ContentType.JSON).body("{\"trials\": 300, \"seed\": 1}").post(ASIA).then()
                .statusCode(201).extract().path("id");
        given().get("/api/simulations/" + plain + "/charts/campaign-lift.svg").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("not a comparison"));
        given().get("/api/simulations/" + plain + "/charts/pie.svg").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aRunStillGoingAnswers409() {
        String id = given().contentType(ContentType.JSON).body("{\"trials\": 1000000, \"seed\": 2}")
                .post("/api/scenarios/interpol-2021-istanbul/simulations").then().statusCode(202).extract().path("id");
        try {
            given().get("/api/simulations/" + id + "/charts/win-probability.svg").then().statusCode(409)
                    .contentType("application/problem+json").header("Retry-After", equalTo("2"))
                    .body("detail", containsString("charts exist once it is done"));
        } finally {
            given().delete("/api/simulations/" + id).then().statusCode(200);
        }
    }
}
