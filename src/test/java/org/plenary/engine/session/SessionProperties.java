package org.plenary.engine.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.engine.session.Scenarios.candidate;
import static org.plenary.engine.session.Scenarios.delegates;
import static org.plenary.engine.session.Scenarios.delegation;
import static org.plenary.engine.session.Scenarios.president;
import static org.plenary.engine.session.Scenarios.scenario;
import static org.plenary.engine.session.Scenarios.sitting;
import static org.plenary.engine.session.Scenarios.vicePresident;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.Delegation;
import org.plenary.engine.model.Post;
import org.plenary.engine.model.PostKind;
import org.plenary.engine.model.Region;
import org.plenary.engine.model.Scenario;
import org.plenary.engine.model.SittingMember;
import org.plenary.engine.rules.ProfileElectorate;
import org.plenary.engine.rules.RuleCatalog;
import org.plenary.engine.rules.RuleSpec;

class SessionProperties {

    private static final Region[] REGIONS = Region.values();

    @Property(tries = 400)
    void noSessionSeatsTwoMembersOfOneCountryOrAPresidentAndAViceFromOneRegion(@ForAll long seed,
                                                                               @ForAll boolean seeded) {
        Random random = new Random(seed);
        Scenario s = randomScenario(random);
        Map<String, RuleSpec> overrides = new HashMap<>();
        if (random.nextInt(3) == 0) {
            List<String> names = new ArrayList<>(RuleCatalog.names());
            for (Post p : s.posts()) {
                overrides.put(p.id(), RuleCatalog.named(names.get(random.nextInt(names.size()))));
            }
        }
        SessionOutcome out = SessionRunner.run(s, overrides, randomVoters(seed), seeded ? new SplittableRandom(seed) : null);

        Map<String, Region> regionOf = new HashMap<>();
        s.delegations().forEach(d -> regionOf.put(d.code(), d.region()));
        Set<String> electedNames = new HashSet<>();
        List<String> countries = new ArrayList<>();
        List<Region> topRegions = new ArrayList<>();
        for (RaceOutcome race : out.races()) {
            assertThat(race.elected().size()).isLessThanOrEqualTo(race.post().seats());
            for (Candidate c : race.elected()) {
                electedNames.add(c.name());
                countries.add(c.country());
                if (race.post().kind() != PostKind.DELEGATE) {
                    topRegions.add(regionOf.get(c.country()));
                }
                if (race.post().region() != null) {
                    assertThat(regionOf.get(c.country())).isEqualTo(race.post().region());
                }
            }
        }
        for (SittingMember m : s.sitting()) {
            if (!electedNames.contains(m.name())) {
                countries.add(m.country());
                if (m.kind() != PostKind.DELEGATE) {
                    topRegions.add(m.region());
                }
            }
        }
        assertThat(countries).doesNotHaveDuplicates();
        assertThat(topRegions).as(() -> describe(s, out)).doesNotHaveDuplicates();
    }

    private static String describe(Scenario s, SessionOutcome out) {
        StringBuilder b = new StringBuilder("sitting " + s.sitting() + "\n");
        for (RaceOutcome r : out.races()) {
            b.append(r.post().id()).append(" on ballot ").append(r.onBallot().stream()
                    .map(c -> c.name() + "/" + c.country()).toList()).append(" elected ")
                    .append(r.elected().stream().map(Candidate::name).toList()).append(' ')
                    .append(r.skippedReason() == null ? "" : r.skippedReason()).append('\n');
        }
        return b.toString();
    }

    /** Three countries per region, the usual posts in a shuffled order, candidates from anywhere. */
    private static Scenario randomScenario(Random random) {
        List<Delegation> delegations = new ArrayList<>();
        for (Region r : REGIONS) {
            for (int i = 0; i < 3; i++) {
                delegations.add(delegation(r.name().substring(0, 2) + i, r));
            }
        }
        List<Post> posts = new ArrayList<>();
        posts.add(president());
        for (Region r : REGIONS) {
            posts.add(vicePresident(r));
            posts.add(delegates(r, 1 + random.nextInt(2)));
        }
        Collections.shuffle(posts, random);
        List<SittingMember> sitting = new ArrayList<>();
        List<Delegation> pool = new ArrayList<>(delegations);
        Collections.shuffle(pool, random);
        Set<Region> topTaken = new HashSet<>();
        int sittingCount = random.nextInt(4);
        for (int i = 0; i < sittingCount; i++) {
            Delegation d = pool.get(i);
            PostKind kind = PostKind.values()[random.nextInt(3)];
            boolean secondPresident = kind == PostKind.PRESIDENT
                    && sitting.stream().anyMatch(m -> m.kind() == PostKind.PRESIDENT);
            if (kind != PostKind.DELEGATE && (secondPresident || !topTaken.add(d.region()))) {
                kind = PostKind.DELEGATE;
            }
            sitting.add(sitting("S" + i, d.code(), kind, d.region()));
        }
        List<Candidate> candidates = new ArrayList<>();
        int next = 0;
        for (Post p : posts) {
            int n = random.nextInt(5);
            for (int i = 0; i < n; i++) {
                Delegation d = delegations.get(random.nextInt(delegations.size()));
                candidates.add(candidate("C" + next++, d.code(), p.id()));
            }
            if (!sitting.isEmpty() && random.nextInt(4) == 0) {
                SittingMember m = sitting.get(random.nextInt(sitting.size()));
                candidates.add(candidate(m.name(), m.country(), p.id()));
            }
        }
        return scenario(delegations, posts, sitting, candidates);
    }

    /** Each race gets a random profile of sincere rankings, reproducible from the seed. */
    private static ElectorateFactory randomVoters(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return (post, onBallot) -> {
            int n = onBallot.size();
            List<ProfileElectorate.Ballot> ballots = new ArrayList<>();
            int groups = 1 + random.nextInt(6);
            for (int g = 0; g < groups; g++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    order.add(i);
                }
                Collections.shuffle(order, new Random(random.nextLong()));
                int length = random.nextInt(n + 1);
                int[] ranking = order.subList(0, length).stream().mapToInt(Integer::intValue).toArray();
                ballots.add(new ProfileElectorate.Ballot(ranking, ranking, random.nextInt(5) == 0,
                        random.nextInt(40)));
            }
            return new ProfileElectorate(n, sanitize(ballots));
        };
    }

    private static List<ProfileElectorate.Ballot> sanitize(List<ProfileElectorate.Ballot> ballots) {
        List<ProfileElectorate.Ballot> r = new ArrayList<>();
        for (ProfileElectorate.Ballot b : ballots) {
            r.add(b.ranking().length > 0 ? new ProfileElectorate.Ballot(b.ranking(), b.approve(), false, b.count()) : b);
        }
        return r;
    }
}
