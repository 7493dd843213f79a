package org.plenary.api;

import static org.plenary.api.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The backtest: real winners are the model's favourites; the campaign checks behave as documented. */
@QuarkusTest
class BacktestApiTest {

    @Test
    void realWinnersAreFavouritesAndTheCampaignsMoveAsRecorded() {
        JsonPath report = given().get("/api/backtest").then().statusCode(200).extract().jsonPath();
        assertThat(report.getLong("seed")).isEqualTo(2026);
        List<Map<String, Object>> races = report.getList("races");
        assertThat(races).hasSize(6);
        assertThat(races).allSatisfy(r -> assertThat(r.get("realWinnerIsFavourite")).as(r.get("title").toString())
                .isEqualTo(true));
        // Sole candidates: the simulated yes share is within 3 points of the published one.
        for (String title : List.of("2016 Vice-President for Europe", "2021 Vice-President for Africa")) {
            Map<String, Object> race = races.stream().filter(r -> r.get("title").equals(title)).findFirst().orElseThrow();
            assertThat(((Number) race.get("simulatedShare")).doubleValue())
                    .isCloseTo(((Number) race.get("knownShare")).doubleValue(), org.assertj.core.data.Offset.offset(0.03));
        }
        // 2018: a large lift against Prokopchuk; 2021: the letters lower Hu Binchen's chance without reversing it.
        float prokopchuk = report.getFloat("campaigns.find { it.candidate == 'prokopchuk' }.difference");
        assertThat(prokopchuk).isLessThan(-0.2f);
        float hu = report.getFloat("campaigns.find { it.candidate == 'hu-binchen' }.difference");
        float huWith = report.getFloat("campaigns.find { it.candidate == 'hu-binchen' }.withCampaigns");
        List<Float> huCi = report.getList("campaigns.find { it.candidate == 'hu-binchen' }.ci95", Float.class);
        assertThat(hu).isNegative();
        assertThat(huCi.get(1)).as("the upper end of the interval is below zero").isNegative();
        assertThat(huWith).isGreaterThan(0.5f);
    }
}
