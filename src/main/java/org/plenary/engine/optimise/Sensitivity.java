package org.plenary.engine.optimise;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plenary.engine.model.Campaign;
import org.plenary.engine.model.CampaignKind;
import org.plenary.engine.model.ModelParameters;
import org.plenary.engine.model.Scenario;
import org.plenary.engine.montecarlo.Arm;
import org.plenary.engine.montecarlo.CandidateResult;
import org.plenary.engine.montecarlo.Comparison;
import org.plenary.engine.montecarlo.Difference;
import org.plenary.engine.montecarlo.Interval;
import org.plenary.engine.montecarlo.MonteCarlo;
import org.plenary.engine.montecarlo.PostResult;
import org.plenary.engine.montecarlo.RunSettings;
import org.plenary.engine.montecarlo.SimulationResult;

/**
 * One-at-a-time sensitivity of a post's win probabilities: each model parameter and each campaign's strength is
 * set to a low and a high value, the rest left as they are, and the swing (probability at high − at low) of each
 * candidate is reported with its paired interval, largest first: the data of a tornado chart.
 *
 * <p>Ranges: a parameter at value v goes to v × 0.5 and v × 1.5; probabilities (roundMovement, spillover,
 * secretBallotDiscount, a turnout override) are clipped to [0, 1]; a parameter at 0 goes to −0.5 and +0.5 when it
 * is a utility that may be negative (abstainUtility, loneNoUtility, approvalThreshold), else to 0 and 0.5;
 * turnoutOverride when unset (the data's attendance) goes to 0.65 and 0.95 (the 2016–2021 turnout was 75–85 %);
 * a switched-off feature (decayHalfLifeDays or saturation ≤ 0) is not varied. Receptiveness is varied for the
 * kinds of the campaigns in force. Each campaign in force goes to strength 0 (off) and 2 (twice typical).
 * Every variation runs on the same seed, so all arms share their random draws (common random numbers).
 */
public final class Sensitivity {

    public static final double LOW = 0.5;
    public static final double HIGH = 1.5;
    public static final double CAMPAIGN_LOW = 0.0;
    public static final double CAMPAIGN_HIGH = 2.0;

    private static final Set<String> PROBABILITIES = Set.of("roundMovement", "spillover", "secretBallotDiscount");
    private static final Set<String> SIGNED = Set.of("abstainUtility", "loneNoUtility", "approvalThreshold");
    private static final Set<String> OFF_WHEN_NOT_POSITIVE = Set.of("decayHalfLifeDays", "saturation");

    /** One thing varied: a model parameter, a receptiveness, or a campaign's strength. */
    public record Variation(String name, String kind, double value, double low, double high) {
    }

    public record CandidateSwing(String candidate, String name, double atLow, double[] atLowCi95, double atHigh,
                                 double[] atHighCi95, double swing, double[] swingCi95) {
    }

    /** {@code size}: the largest |swing| over the candidates, or the focus candidate's |swing|. */
    public record Row(String name, String kind, double value, double low, double high, double size,
                      List<CandidateSwing> candidates) {
    }

    public record Baseline(String candidate, String name, double winProbability, double[] winProbabilityCi95) {
    }

    public record Result(String post, String focus, long seed, long trials, List<Baseline> baseline,
                         List<Row> rows) {
    }

    private Sensitivity() {
    }

    public static long estimatedWork(Scenario full, String postId, long trials) {
        return (1 + 2L * variations(Cuts.upTo(full, postId)).size()) * trials;
    }

    /** @param focus a candidate of the post to order the rows by, or null for the largest swing of any candidate */
    public static Result run(Scenario full, String postId, String focus, long seed, long trials, int threads,
                             Work work) {
        Scenario s = Cuts.upTo(full, postId);
        List<Variation> variations = variations(s);
        work.raiseTotal((1 + 2L * variations.size()) * trials);
        RunSettings settings = RunSettings.of(seed, trials).withThreads(threads);
        Set<String> active = Cuts.enabled(s);
        SimulationResult base = MonteCarlo.compare(List.of(new Arm("baseline", s, active)), settings,
                work.run(1)).arms().get(0);
        work.finished(base, 1);
        PostResult bp = base.post(postId);
        List<Baseline> baseline = bp.candidates().stream().map(c -> new Baseline(c.candidateId(), c.name(),
                c.winProbability(), ci(c.win95()))).toList();
        List<Row> rows = new ArrayList<>();
        for (Variation v : variations) {
            List<Arm> arms = List.of(new Arm("low", apply(s, v, v.low()), active),
                    new Arm("high", apply(s, v, v.high()), active));
            Comparison c = MonteCarlo.compare(arms, settings, work.run(2));
            work.finished(c.arms().get(0), 2);
            PostResult lo = c.arm("low").post(postId);
            PostResult hi = c.arm("high").post(postId);
            List<CandidateSwing> swings = new ArrayList<>();
            double size = 0;
            for (int i = 0; i < lo.candidates().size(); i++) {
                CandidateResult l = lo.candidates().get(i);
                CandidateResult h = hi.candidates().get(i);
                Difference d = c.difference("high", l.candidateId());
                swings.add(new CandidateSwing(l.candidateId(), l.name(), l.winProbability(), ci(l.win95()),
                        h.winProbability(), ci(h.win95()), d.difference(), ci(d.ci95())));
                if (focus == null || focus.equals(l.candidateId())) {
                    size = Math.max(size, Math.abs(d.difference()));
                }
            }
            rows.add(new Row(v.name(), v.kind(), v.value(), v.low(), v.high(), size, swings));
        }
        rows.sort(Comparator.comparingDouble((Row r) -> -r.size()).thenComparing(Row::name));
        return new Result(postId, focus, seed, base.trials(), baseline, rows);
    }

    private static double[] ci(Interval i) {
        return new double[] {i.low(), i.high()};
    }

    /** What is varied for this scenario, and over which range. */
    public static List<Variation> variations(Scenario s) {
        List<Variation> out = new ArrayList<>();
        ModelParameters m = s.model();
        for (RecordComponent rc : ModelParameters.class.getRecordComponents()) {
            if (rc.getType() != double.class) {
                continue;
            }
            String name = rc.getName();
            double v = (double) get(rc, m);
            double low;
            double high;
            if (name.equals("turnoutOverride")) {
                if (v < 0) {
                    low = 0.65;
                    high = 0.95;
                } else {
                    low = clip01(v * LOW);
                    high = clip01(v * HIGH);
                }
            } else if (OFF_WHEN_NOT_POSITIVE.contains(name) && v <= 0) {
                continue;
            } else if (v == 0) {
                low = SIGNED.contains(name) ? -0.5 : 0;
                high = 0.5;
            } else {
                low = v * LOW;
                high = v * HIGH;
                if (PROBABILITIES.contains(name)) {
                    low = clip01(low);
                    high = clip01(high);
                }
            }
            if (low != high) {
                out.add(new Variation(name, "parameter", v, low, high));
            }
        }
        Set<CampaignKind> kinds = new LinkedHashSet<>();
        Set<String> active = Cuts.enabled(s);
        for (Campaign k : s.campaigns()) {
            if (active.contains(k.id())) {
                kinds.add(k.kind());
            }
        }
        for (CampaignKind kind : kinds) {
            double v = m.receptiveness().get(kind);
            if (v > 0) {
                out.add(new Variation("receptiveness." + kind, "parameter", v, v * LOW, v * HIGH));
            }
        }
        for (Campaign k : s.campaigns()) {
            if (active.contains(k.id())) {
                out.add(new Variation("campaign:" + k.id(), "campaign", k.strength(), CAMPAIGN_LOW, CAMPAIGN_HIGH));
            }
        }
        return out;
    }

    static Scenario apply(Scenario s, Variation v, double value) {
        if (v.kind().equals("campaign")) {
            String id = v.name().substring("campaign:".length());
            List<Campaign> ks = s.campaigns().stream().map(k -> k.id().equals(id) ? k.withStrength(value) : k)
                    .toList();
            return Cuts.withCampaigns(s, ks);
        }
        ModelParameters m;
        if (v.name().startsWith("receptiveness.")) {
            CampaignKind kind = CampaignKind.valueOf(v.name().substring("receptiveness.".length()));
            Map<CampaignKind, Double> r = new EnumMap<>(s.model().receptiveness());
            r.put(kind, value);
            m = with(s.model(), "receptiveness", r);
        } else {
            m = with(s.model(), v.name(), value);
        }
        return new Scenario(s.slug(), s.title(), s.year(), s.delegations(), s.posts(), s.sitting(), s.candidates(),
                s.campaigns(), m);
    }

    /** A copy of the parameters with one component replaced, through the record's canonical constructor. */
    static ModelParameters with(ModelParameters m, String component, Object value) {
        RecordComponent[] rcs = ModelParameters.class.getRecordComponents();
        Object[] args = new Object[rcs.length];
        Class<?>[] types = new Class<?>[rcs.length];
        boolean found = false;
        for (int i = 0; i < rcs.length; i++) {
            types[i] = rcs[i].getType();
            if (rcs[i].getName().equals(component)) {
                args[i] = value;
                found = true;
            } else {
                args[i] = get(rcs[i], m);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no model parameter " + component);
        }
        try {
            Constructor<ModelParameters> c = ModelParameters.class.getDeclaredConstructor(types);
            return c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object get(RecordComponent rc, ModelParameters m) {
        try {
            return rc.getAccessor().invoke(m);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double clip01(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
