package org.plenary.api;

import static org.plenary.api.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** POST /api/tally for each rule, a deadlock, a tie, and each kind of bad input. */
@QuarkusTest
class TallyApiTest {

    /**
     * The classic profile where the methods disagree: A has a plurality (8 of 17) but B beats both rivals
     * head to head; C is eliminated first in IRV and its voters go to B.
     */
    private static final String DISAGREE = """
            "candidates": ["A", "B", "C"], "seats": 1,
            "ballots": [{"ranking": ["A", "B", "C"], "count": 8}, {"ranking": ["B", "C", "A"], "count": 5},
                        {"ranking": ["C", "B", "A"], "count": 4}]""";

    private static ValidatableResponse tally(String json) {
        return given().contentType(ContentType.JSON).body(json).post("/api/tally").then();
    }

    @ParameterizedTest
    @CsvSource({"plurality, A", "irv, B", "schulze, B", "borda, B", "two-round-runoff, B"})
    void eachRuleOnTheClassicProfile(String rule, String winner) {
        tally("{\"rule\": \"" + rule + "\", " + DISAGREE + "}").statusCode(200)
                .body("elected", contains(winner))
                .body("rounds[0].counts", notNullValue());
    }

    @Test
    void approvalCountsApprovals() {
        tally("""
                {"rule": "approval", "candidates": ["A", "B", "C"], "seats": 1,
                 "ballots": [{"approve": ["A", "B"], "count": 6}, {"approve": ["C"], "count": 7}, {"approve": ["B"], "count": 2}]}""")
                .statusCode(200).body("elected", contains("B")).body("rounds[0].counts.B", equalTo(8));
    }

    @Test
    void stvFillsTwoSeats() {
        tally("""
                {"rule": "stv", "candidates": ["A", "B", "C", "D"], "seats": 2,
                 "ballots": [{"ranking": ["A", "B"], "count": 40}, {"ranking": ["B", "A"], "count": 5},
                             {"ranking": ["C", "D"], "count": 30}, {"ranking": ["D", "C"], "count": 25}]}""")
                .statusCode(200).body("elected", hasSize(2)).body("elected[0]", equalTo("A"));
    }

    @Test
    void interpolPresidentNeedsTwoThirdsUntilRoundThree() {
        // 60 % every round: not enough in rounds 1 and 2, a simple majority suffices in round 3.
        tally("""
                {"rule": "interpol-president", "candidates": ["Al-Raisi", "Havrankova"], "seats": 1,
                 "ballots": [{"ranking": ["Al-Raisi"], "count": 90}, {"ranking": ["Havrankova"], "count": 60},
                             {"ranking": [], "count": 5}]}""")
                .statusCode(200).body("elected", contains("Al-Raisi")).body("rounds", hasSize(3))
                .body("rounds[0].counts.Al-Raisi", equalTo(90))
                .body("rounds[0].blank", equalTo(5));
    }

    @Test
    void aLoneCandidateIsVotedYesOrNo() {
        tally("""
                {"rule": "interpol-vice-president", "candidates": ["Prokopchuk"], "seats": 1,
                 "ballots": [{"ranking": ["Prokopchuk"], "count": 127}, {"no": true, "count": 10}, {"ranking": [], "count": 8}]}""")
                .statusCode(200).body("elected", contains("Prokopchuk")).body("rounds[0].against", equalTo(10));
    }

    @Test
    void aDeadlockIsReported() {
        // Two-thirds in every round and a 50/50 assembly: no one is ever elected.
        tally("""
                {"rule": "two-thirds-every-round", "candidates": ["A", "B"], "seats": 1,
                 "ballots": [{"ranking": ["A"], "count": 50}, {"ranking": ["B"], "count": 49}]}""")
                .statusCode(200).body("deadlock", equalTo(true)).body("elected", hasSize(0))
                .body("rounds.size()", greaterThan(2));
    }

    @Test
    void aTieIsVisibleWithoutASeedAndDrawnWithOne() {
        String tie = "\"candidates\": [\"A\", \"B\"], \"seats\": 1, \"ballots\": [{\"ranking\": [\"A\"], \"count\": 3}, "
                + "{\"ranking\": [\"B\"], \"count\": 3}]";
        tally("{\"rule\": \"plurality\", " + tie + "}").statusCode(200)
                .body("tie.candidates", contains("A", "B")).body("tie.resolvedByLot", equalTo(false))
                .body("elected", hasSize(0));
        String drawn = tally("{\"rule\": \"plurality\", \"seed\": 7, " + tie + "}").statusCode(200)
                .body("tie.resolvedByLot", equalTo(true)).body("elected", hasSize(1))
                .extract().path("elected[0]");
        tally("{\"rule\": \"plurality\", \"seed\": 7, " + tie + "}").body("elected[0]", equalTo(drawn));
    }

    @Test
    void noTieMeansNoTieValue() {
        tally("{\"rule\": \"plurality\", " + DISAGREE + "}").body("tie", nullValue());
    }

    @Test
    void anInlineRuleObject() {
        tally("""
                {"rule": {"method": "REPEATED_BALLOT", "thresholds": [{"fromRound": 1, "fraction": 0.75, "base": "VOTES_CAST"}], "maxRounds": 2},
                 "candidates": ["A", "B"], "seats": 1,
                 "ballots": [{"ranking": ["A"], "count": 70}, {"ranking": ["B"], "count": 30}]}""")
                .statusCode(200).body("deadlock", equalTo(true)).body("rounds", hasSize(2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"rule\": \"plurality\", \"candidates\": [\"A\"], \"seats\": 1, \"ballots\": [{\"ranking\": [\"Zed\"], \"count\": 1}]} | ballots[0].ranking[0]",
            "{\"rule\": \"plurality\", \"candidates\": [\"A\"], \"seats\": 1, \"ballots\": [{\"ranking\": [\"A\"], \"count\": -1}]} | ballots[0].count",
            "{\"rule\": \"plurality\", \"candidates\": [\"A\"], \"seats\": 1, \"ballots\": [{\"ranking\": [\"A\"], \"count\": 2.5}]} | ballots[0].count",
            "{\"rule\": \"plurality\", \"candidates\": [\"A\", \"B\"], \"seats\": 0, \"ballots\": []} | seats",
            "{\"rule\": \"plurality\", \"candidates\": [\"A\", \"B\"], \"seats\": 3, \"ballots\": []} | seats",
            "{\"rule\": \"coin-toss\", \"candidates\": [\"A\"], \"seats\": 1, \"ballots\": []} | rule",
            "{\"candidates\": [\"A\"], \"seats\": 1, \"ballots\": []} | rule",
            "{\"rule\": \"plurality\", \"candidates\": [\"A\", \"A\"], \"seats\": 1, \"ballots\": []} | candidates[1]",
            "{\"rule\": \"plurality\", \"candidates\": \"A\", \"seats\": 1, \"ballots\": []} | candidates",
            "{\"rule\": \"plurality\", \"candidates\": [\"A\"], \"seats\": 1} | ballots",
            "{\"rule\": \"plurality\", \"candidates\": [\"A\"], \"seats\": 1, \"ballots\": [{\"ranking\": [\"A\", \"A\"], \"count\": 1}]} | ballots[0].ranking[1]",
            "{\"rule\": {\"method\": \"NO_SUCH\"}, \"candidates\": [\"A\"], \"seats\": 1, \"ballots\": []} | rule",
            // Misspelt or mismatched ballots would otherwise be counted as blank without a word.
            "{\"rule\": \"plurality\", \"candidates\": [\"A\", \"B\"], \"ballots\": [{\"rank\": [\"B\"], \"count\": 3}]} | ballots[0].rank",
            "{\"rule\": \"plurality\", \"candidates\": [\"A\", \"B\"], \"ballots\": [], \"seets\": 1} | seets",
            "{\"rule\": \"plurality\", \"candidates\": [\"A\", \"B\"], \"ballots\": [{\"approve\": [\"A\"], \"count\": 5}]} | ballots[0].approve",
            "{\"rule\": \"approval\", \"candidates\": [\"A\", \"B\"], \"ballots\": [{\"ranking\": [\"A\"], \"count\": 5}]} | ballots[0].ranking"})
    void badInputIs400NamingTheField(String body, String field) {
        tally(body).statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field));
    }
}
