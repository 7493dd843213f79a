package org.plenary.engine.session;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 */
public final class SessionPlan {

    static final String NO_ELIGIBLE = "no eligible candidate left";
    static final String PRESIDENTS_REGION = "the President's region cannot also hold a Vice-Presidency";
    static final String VP_REGION_TAKEN = "the region already has a Vice-President";
    static final String PRESIDENCY_HELD = "the presidency is held by a sitting President who is not up";

    private final Scenario scenario;
    private final Map<String, Region> regionOf;
    private final Map<String, List<Candidate>> candidatesByPost;

    private SessionPlan(Scenario scenario) {
        this.scenario = scenario;
        Map<String, Region> regions = new HashMap<>();
        for (Delegation d : scenario.delegations()) {
            regions.put(d.code(), d.region());
        }
        this.regionOf = regions;
        Map<String, List<Candidate>> byPost = new HashMap<>();
        for (Candidate c : scenario.candidates()) {
            byPost.computeIfAbsent(c.postId(), k -> new ArrayList<>()).add(c);
        }
        byPost.replaceAll((k, v) -> List.copyOf(v));
        this.candidatesByPost = byPost;
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
        Seated seated = new Seated();
        for (SittingMember s : scenario.sitting()) {
            seated.seat(s.kind(), s.region() != null ? s.region() : regionOf.get(s.country()), s.name());
        }
        List<RaceOutcome> races = new ArrayList<>(scenario.posts().size());
        for (Post post : scenario.posts()) {
            String skipped = skipReason(post, seated);
            List<Candidate> onBallot = skipped == null ? eligible(post, seated) : List.of();
            if (skipped == null && onBallot.isEmpty()) {
                skipped = NO_ELIGIBLE;
            }
            if (skipped != null) {
                races.add(new RaceOutcome(post, List.of(), null, List.of(), skipped));
                continue;
            }
            RaceResult result = RaceCounter.count(ruleFor(post, ruleOverrides),
                    electorates.forRace(post, onBallot), onBallot.size(), post.seats(), lots);
            List<Candidate> elected = new ArrayList<>(result.elected().length);
            for (int i : result.elected()) {
                Candidate c = onBallot.get(i);
                elected.add(c);
                seated.countries.add(c.country());
                seated.seat(post.kind(), post.region() != null ? post.region() : regionOf.get(c.country()), c.name());
            }
            races.add(new RaceOutcome(post, onBallot, result, elected, null));
        }
        return new SessionOutcome(races);
    }

    /** Why a post cannot be contested at all given who already holds the top posts, or null. */
    private static String skipReason(Post post, Seated seated) {
        if (post.kind() == PostKind.PRESIDENT && seated.presidencyHeld) {
            // A scenario should not put the presidency up while listing a sitting President; if it does,
            // electing a second President would break the four-regions rule, so the race is not held.
            return PRESIDENCY_HELD;
        }
        if (post.kind() == PostKind.VICE_PRESIDENT && post.region() != null) {
            if (post.region() == seated.presidentRegion) {
                return PRESIDENTS_REGION + " (" + post.region() + ")";
            }
            if (hasVp(post.region(), seated.vps)) {
                return VP_REGION_TAKEN + " (" + post.region() + ")";
            }
        }
        return null;
    }

    private List<Candidate> eligible(Post post, Seated seated) {
        Region presidentRegion = seated.presidentRegion;
        List<VicePresident> vps = seated.vps;
        List<Candidate> standing = candidatesByPost.getOrDefault(post.id(), List.of());
        List<Candidate> onBallot = new ArrayList<>(standing.size());
        Set<String> countriesOnBallot = post.seats() > 1 ? new HashSet<>() : null;
        Set<Region> regionsOnBallot = post.seats() > 1 ? EnumSet.noneOf(Region.class) : null;
        for (Candidate c : standing) {
            Region region = regionOf.get(c.country());
            if (seated.countries.contains(c.country()) || blockedBySitting(c)) {
                continue;
            }
            if (post.region() != null && post.region() != region) {
                continue;
            }
            if (post.kind() == PostKind.PRESIDENT && region != null && regionHasOtherVp(region, c, vps)) {
                continue;
            }
            if (post.kind() == PostKind.VICE_PRESIDENT && post.region() == null && region != null
                    && (region == presidentRegion || hasVp(region, vps)
                    || (regionsOnBallot != null && !regionsOnBallot.add(region)))) {
                continue;
            }
            if (countriesOnBallot != null && !countriesOnBallot.add(c.country())) {
                continue;
            }
            onBallot.add(c);
        }
        return onBallot;
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

    /** Who holds a seat so far in the session: sitting members first, then each race's winners. */
    private static final class Seated {
        /** Countries that won a seat in this session (sitting members are checked by name, see blockedBySitting). */
        final Set<String> countries = new HashSet<>();
        final List<VicePresident> vps = new ArrayList<>(3);
        boolean presidencyHeld;
        Region presidentRegion;

        void seat(PostKind kind, Region region, String name) {
            if (kind == PostKind.PRESIDENT) {
                presidencyHeld = true;
                presidentRegion = region;
            } else if (kind == PostKind.VICE_PRESIDENT && region != null) {
                vps.add(new VicePresident(region, name));
            }
        }
    }
}
