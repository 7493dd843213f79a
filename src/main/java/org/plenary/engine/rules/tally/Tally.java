package org.plenary.engine.rules.tally;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.plenary.engine.rules.ProfileElectorate;
import org.plenary.engine.rules.RaceCounter;
import org.plenary.engine.rules.RaceResult;
import org.plenary.engine.rules.RoundRecord;
import org.plenary.engine.rules.RuleSpec;

/**
 * Counts a race from a fixed profile of ballots given by name: the engine behind {@code POST /api/tally}.
 *
 * <p>Identical ballots are merged before anything else, so the cost grows with the number of distinct ballots,
 * not voters; the merged groups are put in a canonical order so that the result never depends on the order the
 * ballots were listed in. Every voter in the profile counts as present (the base of MEMBERS_PRESENT and
 * ALL_MEMBERS thresholds is the number of ballots).
 */
public final class Tally {

    /** Upper bound on all ballots together, so that counts and Borda points stay within an int. */
    public static final long MAX_BALLOTS = 10_000_000L;
    public static final int MAX_CANDIDATES = 200;

    private Tally() {
    }

    /**
     * @param seed seed for drawing lots; null: a tie is reported, never drawn
     * @throws TallyInputException naming the offending field when the request cannot be counted
     */
    public static TallyReport tally(RuleSpec rule, List<String> candidateNames, int seats, List<BallotInput> ballots,
                                    Long seed) {
        if (rule == null) {
            throw new TallyInputException("rule", "a rule is required");
        }
        Map<String, Integer> index = candidateIndex(candidateNames);
        int n = candidateNames.size();
        if (seats < 1 || seats > n) {
            throw new TallyInputException("seats", "must be between 1 and the number of candidates (" + n + "), was "
                    + seats);
        }
        if (ballots == null) {
            throw new TallyInputException("ballots", "a list of ballots is required");
        }
        List<ProfileElectorate.Ballot> groups = merge(ballots, index, rule);
        ProfileElectorate electorate = new ProfileElectorate(n, groups);
        RaceResult result = RaceCounter.count(rule, electorate, n, seats, seed == null ? null : new SplittableRandom(seed));
        return report(rule, candidateNames, result, seed);
    }

    private static Map<String, Integer> candidateIndex(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new TallyInputException("candidates", "at least one candidate is required");
        }
        if (names.size() > MAX_CANDIDATES) {
            throw new TallyInputException("candidates", "at most " + MAX_CANDIDATES + " candidates, got " + names.size());
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || name.isBlank()) {
                throw new TallyInputException("candidates[" + i + "]", "a candidate needs a name");
            }
            if (index.putIfAbsent(name, i) != null) {
                throw new TallyInputException("candidates[" + i + "]", "duplicate candidate \"" + name + "\"");
            }
        }
        return index;
    }

    private record Key(List<String> ranking, List<String> approve, boolean no) {
    }

    /** Merges identical ballots, validating each distinct ballot once; errors come in ballot order. */
    private static List<ProfileElectorate.Ballot> merge(List<BallotInput> ballots, Map<String, Integer> index,
                                                        RuleSpec rule) {
        Map<Key, long[]> totals = new HashMap<>();
        Map<Key, int[][]> marks = new HashMap<>();
        long total = 0;
        int i = 0;
        for (BallotInput b : ballots) {
            String at = "ballots[" + i + "]";
            if (b == null) {
                throw new TallyInputException(at, "a ballot is required");
            }
            List<String> ranking = b.ranking() == null ? List.of() : b.ranking();
            List<String> approve = b.approve() == null ? List.of() : b.approve();
            Key key = new Key(ranking, approve, b.no());
            long[] sum = totals.get(key);
            if (sum == null) {
                int[] r = indices(ranking, index, at + ".ranking");
                int[] a = indices(approve, index, at + ".approve");
                if (b.no() && (r.length > 0 || a.length > 0)) {
                    throw new TallyInputException(at + ".no", "a \"no\" ballot must not rank or approve anyone");
                }
                // With two or more candidates a rule reads only one kind of ballot (with one, either kind is a
                // yes): the other kind alone would be counted as blank without a word.
                if (index.size() > 1 && rule.method() == RuleSpec.Method.APPROVAL && r.length > 0 && a.length == 0) {
                    throw new TallyInputException(at + ".ranking", "this rule counts approvals: send the names under "
                            + "approve (a ranking alone would be a blank ballot)");
                }
                if (index.size() > 1 && rule.method() != RuleSpec.Method.APPROVAL && a.length > 0 && r.length == 0) {
                    throw new TallyInputException(at + ".approve", "this rule counts rankings: send the names under "
                            + "ranking, most preferred first (an approval alone would be a blank ballot)");
                }
                sum = new long[1];
                totals.put(key, sum);
                marks.put(key, new int[][] {r, a});
            }
            if (b.count() < 0) {
                throw new TallyInputException(at + ".count", "must not be negative, was " + b.count());
            }
            if (b.count() > MAX_BALLOTS || total + b.count() > MAX_BALLOTS) {
                throw new TallyInputException(at + ".count", "the ballots may add up to at most " + MAX_BALLOTS);
            }
            total += b.count();
            sum[0] += b.count();
            i++;
        }
        List<ProfileElectorate.Ballot> groups = new ArrayList<>(totals.size());
        for (Map.Entry<Key, long[]> e : totals.entrySet()) {
            int[][] m = marks.get(e.getKey());
            groups.add(new ProfileElectorate.Ballot(m[0], m[1], e.getKey().no(), (int) e.getValue()[0]));
        }
        groups.sort(Tally::canonical);
        return groups;
    }

    private static int canonical(ProfileElectorate.Ballot x, ProfileElectorate.Ballot y) {
        int c = Arrays.compare(x.ranking(), y.ranking());
        if (c == 0) {
            c = Arrays.compare(x.approve(), y.approve());
        }
        return c != 0 ? c : Boolean.compare(x.no(), y.no());
    }

    private static int[] indices(List<String> names, Map<String, Integer> index, String field) {
        int[] r = new int[names.size()];
        boolean[] seen = new boolean[index.size()];
        for (int j = 0; j < r.length; j++) {
            String name = names.get(j);
            Integer c = name == null ? null : index.get(name);
            if (c == null) {
                throw new TallyInputException(field + "[" + j + "]", name == null ? "a name is required"
                        : "unknown candidate \"" + name + "\"");
            }
            if (seen[c]) {
                throw new TallyInputException(field + "[" + j + "]", "\"" + name + "\" appears twice in one ballot");
            }
            seen[c] = true;
            r[j] = c;
        }
        return r;
    }

    private static TallyReport report(RuleSpec rule, List<String> names, RaceResult result, Long seed) {
        List<TallyReport.Round> rounds = new ArrayList<>(result.rounds().size());
        for (RoundRecord r : result.rounds()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (int c = 0; c < names.size(); c++) {
                counts.put(names.get(c), c < r.counts().length ? r.counts()[c] : 0);
            }
            List<String> elected = named(names, r.elected());
            List<String> eliminated = named(names, r.eliminated());
            rounds.add(new TallyReport.Round(r.round(), Collections.unmodifiableMap(counts), r.ballots(), r.blank(),
                    r.against(), r.abstained(), r.quotaFraction(), r.base(), r.votesNeeded(), elected, eliminated,
                    r.describe(names)));
        }
        TallyReport.TieReport tie = result.tie() == null ? null : new TallyReport.TieReport(result.tie().round(),
                named(names, result.tie().candidates()), result.tie().resolvedByLot());
        return new TallyReport(rule.name(), named(names, result.elected()), rounds, tie, result.deadlock(), seed);
    }

    private static List<String> named(List<String> names, int[] indices) {
        List<String> r = new ArrayList<>(indices.length);
        for (int c : indices) {
            r.add(names.get(c));
        }
        return List.copyOf(r);
    }
}
