package org.plenary.engine.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.Delegation;
import org.plenary.engine.model.Post;
import org.plenary.engine.model.PostKind;
import org.plenary.engine.model.Region;
import org.plenary.engine.model.Scenario;
import org.plenary.engine.model.SittingMember;
import org.plenary.engine.rules.RaceCounter;
import org.plenary.engine.rules.RaceResult;
import org.plenary.engine.rules.RuleCatalog;
import org.plenary.engine.rules.RuleSpec;

/**
 * A scenario prepared for running its session many times: the lookups that do not change between trials
 * (candidates per post, each country's region) are done once. Immutable and safe to share between threads.
 *
 * <p>The constraints applied across the races, in the scenario's order of posts:
 * <ul>
 *   <li><b>13 different countries.</b> A country that has won a seat earlier in the session, or has a sitting
 *       member who is not up, is out: its candidates leave the ballot. A sitting member who is themselves the
 *       candidate (same name) does not block their own candidacy. In a race for several seats a country keeps
 *       only its first-listed candidate, since two of its nationals could otherwise both win.</li>
 *   <li><b>President and Vice-Presidents from four different regions.</b> A Vice-President race for a region
 *       that already has the President or a Vice-President (elected earlier or sitting) is skipped; a
 *       presidential candidate from a region that already has a Vice-President (other than the candidate) is
 *       ineligible. A Vice-President post without a region excludes candidates from regions already taken.</li>
 *   <li><b>Regional seats.</b> A post with a region (Delegates, Vice-Presidents for a continent) takes only
 *       candidates whose country's delegation belongs to that region.</li>
 * </ul>
 * Who may vote and who is present is the {@link ElectorateFactory}'s business, not the session's: suspended
 * voting rights and attendance shape the electorate each race is counted with.
 *
 * <p>A Monte Carlo run calls {@link #run} once per trial and arm, so everything that depends only on the scenario
 * (countries as small integers, regions, who a sitting member blocks, the standing candidates of each post) is
 * worked out here, and a run works on arrays rather than hashing names.
 */
public final class SessionPlan {

    static final String NO_ELIGIBLE = "no eligible candidate left";
    static final String PRESIDENTS_REGION = "the President's region cannot also hold a Vice-Presidency";
    static final String VP_REGION_TAKEN = "the region already has a Vice-President";
    static final String PRESIDENCY_HELD = "the presidency is held by a sitting President who is not up";

    private final Scenario scenario;
    private final Map<String, Region> regionOf;
    private final Post[] posts;
    /** Per post: the candidates standing, in scenario order, as a list and as positions in the scenario's list. */
    private final List<List<Candidate>> standing;
    private final int[][] standingIndex;
    /** Per scenario candidate: its country as a small integer, its country's region (or null), sitting block. */
    private final int[] countryOf;
    private final Region[] candidateRegion;
    private final boolean[] blocked;
    private final int countries;
    /** The President's region and the Vice-Presidents among the sitting members, before any race. */
    private final Region sittingPresidentRegion;
    private final boolean presidencyHeld;
    private final List<VicePresident> sittingVps;

    private SessionPlan(Scenario scenario) {
        this.scenario = scenario;
        Map<String, Region> regions = new HashMap<>();
        for (Delegation d : scenario.delegations()) {
            regions.put(d.code(), d.region());
        }
        this.regionOf = regions;
        posts = scenario.posts().toArray(Post[]::new);
        List<Candidate> all = scenario.candidates();
        Map<String, Integer> countryIds = new HashMap<>();
        countryOf = new int[all.size()];
        candidateRegion = new Region[all.size()];
        blocked = new boolean[all.size()];
        Map<String, List<Integer>> byPost = new HashMap<>();
        for (int c = 0; c < all.size(); c++) {
            Candidate cand = all.get(c);
            countryOf[c] = countryIds.computeIfAbsent(cand.country(), k -> countryIds.size());
            candidateRegion[c] = regionOf.get(cand.country());
            blocked[c] = blockedBySitting(cand);
            byPost.computeIfAbsent(cand.postId(), k -> new ArrayList<>()).add(c);
        }
        countries = countryIds.size();
        standing = new ArrayList<>(posts.length);
        standingIndex = new int[posts.length][];
        for (int p = 0; p < posts.length; p++) {
            List<Integer> idx = byPost.getOrDefault(posts[p].id(), List.of());
            standingIndex[p] = idx.stream().mapToInt(Integer::intValue).toArray();
            standing.add(idx.stream().map(all::get).toList());
        }
        Region president = null;
        List<VicePresident> vps = new ArrayList<>(3);
        for (SittingMember s : scenario.sitting()) {
            Region r = s.region() != null ? s.region() : regionOf.get(s.country());
            if (r != null && s.kind() == PostKind.PRESIDENT) {
                president = r;
            } else if (r != null && s.kind() == PostKind.VICE_PRESIDENT) {
                vps.add(new VicePresident(r, s.name()));
            }
        }
        sittingPresidentRegion = president;
        presidencyHeld = scenario.sitting().stream().anyMatch(m -> m.kind() == PostKind.PRESIDENT);
        sittingVps = List.copyOf(vps);
    }

    public static SessionPlan of(Scenario scenario) {
        return new SessionPlan(scenario);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The rule a post is counted with: the override, else the post's own, else Interpol's for its kind. */
    public static RuleSpec ruleFor(Post post, Map<String, RuleSpec> overrides) {
        RuleSpec override = overrides == null ? null : overrides.get(post.id());
        if (override != null) {
            return override;
        }
        return post.rule() != null ? post.rule() : RuleCatalog.defaultFor(post.kind());
    }

    public SessionOutcome run(Map<String, RuleSpec> ruleOverrides, ElectorateFactory electorates,
                              RandomGenerator lots) {
        // Countries are few (one per candidate at most), so a flag per country beats a set of names.
        boolean[] wonCountries = new boolean[countries];
        Region presidentRegion = sittingPresidentRegion;
        List<VicePresident> vps = new ArrayList<>(sittingVps.size() + 3);
        vps.addAll(sittingVps);
        Candidate[] scratch = new Candidate[maxStanding()];
        int[] scratchIndex = new int[scratch.length];
        RaceOutcome[] races = new RaceOutcome[posts.length];
        for (int p = 0; p < posts.length; p++) {
            Post post = posts[p];
            if (post.kind() == PostKind.PRESIDENT && presidencyHeld) {
                // A scenario should not put the presidency up while listing a sitting President; if it does,
                // electing a second President would break the four-regions rule, so the race is not held.
                races[p] = new RaceOutcome(post, List.of(), null, List.of(), PRESIDENCY_HELD);
                continue;
            }
            if (post.kind() == PostKind.VICE_PRESIDENT && post.region() != null) {
                String clash = post.region() == presidentRegion ? PRESIDENTS_REGION
                        : hasVp(post.region(), vps) ? VP_REGION_TAKEN : null;
                if (clash != null) {
                    races[p] = new RaceOutcome(post, List.of(), null, List.of(), clash + " (" + post.region() + ")");
                    continue;
                }
            }
            int n = eligible(p, wonCountries, presidentRegion, vps, scratch, scratchIndex);
            if (n == 0) {
                races[p] = new RaceOutcome(post, List.of(), null, List.of(), NO_ELIGIBLE);
                continue;
            }
            List<Candidate> onBallot;
            int[] onBallotIndex;
            if (n == standingIndex[p].length) {
                // Everyone standing is eligible (the usual case): the prepared list and positions serve as they are.
                onBallot = standing.get(p);
                onBallotIndex = standingIndex[p];
            } else {
                onBallot = List.of(Arrays.copyOf(scratch, n));
                onBallotIndex = Arrays.copyOf(scratchIndex, n);
            }
            RaceResult result = electorates.knownResult(post, p, onBallotIndex, lots);
            if (result == null) {
                result = RaceCounter.count(ruleFor(post, ruleOverrides),
                        electorates.forRace(post, onBallot, p, onBallotIndex), n, post.seats(), lots);
                electorates.counted(p, result, lots);
            }
            Candidate[] elected = new Candidate[result.elected().length];
            for (int k = 0; k < elected.length; k++) {
                int i = result.elected()[k];
                Candidate c = onBallot.get(i);
                elected[k] = c;
                int sc = onBallotIndex[i];
                wonCountries[countryOf[sc]] = true;
                Region r = post.region() != null ? post.region() : candidateRegion[sc];
                if (r != null && post.kind() == PostKind.PRESIDENT) {
                    presidentRegion = r;
                } else if (r != null && post.kind() == PostKind.VICE_PRESIDENT) {
                    vps.add(new VicePresident(r, c.name()));
                }
            }
            races[p] = new RaceOutcome(post, onBallot, result, List.of(elected), null);
        }
        return new SessionOutcome(Arrays.asList(races));
    }

    private int maxStanding() {
        int m = 0;
        for (int[] s : standingIndex) {
            m = Math.max(m, s.length);
        }
        return m;
    }

    /** Fills {@code out} and {@code outIndex} with the eligible candidates of post p; returns how many. */
    private int eligible(int p, boolean[] wonCountries, Region presidentRegion, List<VicePresident> vps,
                         Candidate[] out, int[] outIndex) {
        Post post = posts[p];
        List<Candidate> cands = standing.get(p);
        int[] index = standingIndex[p];
        boolean severalSeats = post.seats() > 1;
        int regionsOnBallot = 0;
        int n = 0;
        for (int k = 0; k < index.length; k++) {
            int sc = index[k];
            Candidate c = cands.get(k);
            Region region = candidateRegion[sc];
            if (wonCountries[countryOf[sc]] || blocked[sc]) {
                continue;
            }
            if (post.region() != null && post.region() != region) {
                continue;
            }
            if (post.kind() == PostKind.PRESIDENT && region != null && regionHasOtherVp(region, c, vps)) {
                continue;
            }
            if (post.kind() == PostKind.VICE_PRESIDENT && post.region() == null && region != null) {
                if (region == presidentRegion || hasVp(region, vps)) {
                    continue;
                }
                if (severalSeats) {
                    int bit = 1 << region.ordinal();
                    if ((regionsOnBallot & bit) != 0) {
                        continue;
                    }
                    regionsOnBallot |= bit;
                }
            }
            if (severalSeats && countryOnBallot(countryOf[sc], outIndex, n)) {
                continue;
            }
            out[n] = c;
            outIndex[n++] = sc;
        }
        return n;
    }

    private boolean countryOnBallot(int country, int[] onBallotIndex, int n) {
        for (int i = 0; i < n; i++) {
            if (countryOf[onBallotIndex[i]] == country) {
                return true;
            }
        }
        return false;
    }

    /** A sitting member who is not up keeps their country out, unless they are the candidate. */
    private boolean blockedBySitting(Candidate c) {
        for (SittingMember s : scenario.sitting()) {
            if (s.country().equals(c.country()) && !s.name().equals(c.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a presidential candidate's region already has a Vice-President other than the candidate: a
     * sitting one (matched by name, so a sitting VP may stand for President) or one elected in this session.
     */
    private static boolean regionHasOtherVp(Region region, Candidate c, List<VicePresident> vps) {
        for (VicePresident vp : vps) {
            if (vp.region() == region && !vp.name().equals(c.name())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVp(Region region, List<VicePresident> vps) {
        for (VicePresident vp : vps) {
            if (vp.region() == region) {
                return true;
            }
        }
        return false;
    }

    private record VicePresident(Region region, String name) {
    }
}
