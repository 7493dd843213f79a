package org.plenary.api;

import static org.plenary.api.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.app.LoadReport;
import org.plenary.app.ScenarioLoader;
import org.plenary.app.ScenarioService;
import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.Delegation;
import org.plenary.engine.model.Post;
import org.plenary.engine.model.Region;
import org.plenary.engine.model.Scenario;

/** The historical scenarios shipped in scenarios/: they load, and their structure matches the record. */
@QuarkusTest
class BundledScenariosTest {

    @Inject
    ScenarioLoader loader;

    @Inject
    ScenarioService scenarios;

    @Test
    void everyBundledFileLoadsWithoutErrors() {
        LoadReport report = loader.lastReport();
        assertThat(report.files()).isNotEmpty();
        assertThat(report.files()).allSatisfy(f -> assertThat(f.errors()).as(f.file()).isEmpty());
        assertThat(report.files()).extracting(LoadReport.FileResult::file).contains(
                "interpol-2021-istanbul.yaml", "interpol-2018-dubai.yaml", "interpol-2016-bali.yaml",
                "interpol-2021-no-letters.yaml", "interpol-2021-ipac-to-au.yaml", "interpol-2021-two-thirds.yaml",
                "interpol-2021-full-turnout.yaml");
    }

    @ParameterizedTest
    @CsvSource({"interpol-2021-istanbul, 195", "interpol-2018-dubai, 194", "interpol-2016-bali, 190"})
    void historicalAssembliesHaveTheirMembershipAndEveryCandidateIsEligible(String slug, int members) {
        Scenario s = scenarios.engineScenario(org.plenary.app.access.Caller.ANONYMOUS, slug);
        assertThat(s.delegations()).hasSize(members);
        assertThat(s.delegations().stream().map(Delegation::region).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Region.values());
        assertThat(s.delegations().stream().map(Delegation::code)).doesNotContain("PRK");
        Map<String, Delegation> byCode = s.delegations().stream()
                .collect(Collectors.toMap(Delegation::code, d -> d));
        Map<String, Post> posts = s.posts().stream().collect(Collectors.toMap(Post::id, p -> p));
        for (Candidate c : s.candidates()) {
            Post post = posts.get(c.postId());
            assertThat(post).as(c.id()).isNotNull();
            assertThat(byCode).as(c.id()).containsKey(c.country());
            if (post.region() != null) {
                assertThat(byCode.get(c.country()).region()).as(c.id()).isEqualTo(post.region());
            }
        }
        given().get("/api/scenarios/" + slug).then().statusCode(200);
    }

    @Test
    void the2021AssemblyHasItsKnownCandidatesAndCampaigns() {
        Scenario s = scenarios.engineScenario(org.plenary.app.access.Caller.ANONYMOUS, "interpol-2021-istanbul");
        assertThat(s.candidates()).extracting(Candidate::name)
                .contains("Ahmed Naser Al-Raisi", "Hu Binchen", "Praveen Sinha");
        assertThat(s.campaigns()).extracting(c -> c.id())
                .contains("ipac-letter", "activists-statement", "safeguard-defenders-report", "china-canvassing");
        assertThat(s.posts().stream().mapToInt(Post::seats).sum()).isEqualTo(12);
        assertThat(s.sitting()).hasSize(1);
        Set<String> ipac = Set.copyOf(s.campaigns().stream().filter(c -> c.id().equals("ipac-letter")).findFirst()
                .orElseThrow().signerCountries());
        assertThat(ipac).hasSize(20);
        List<Delegation> present = s.delegations();
        double expectedPresent = present.stream().mapToDouble(Delegation::attendance).sum();
        assertThat(expectedPresent).isBetween(150.0, 170.0);
    }
}
