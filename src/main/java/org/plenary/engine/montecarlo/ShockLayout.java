package org.plenary.engine.montecarlo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plenary.engine.behaviour.Assembly;
import org.plenary.engine.model.ModelParameters;
import org.plenary.engine.model.Region;

/**
 * The correlated shocks of a trial: one Gaussian per (group, candidate), where the groups are "everyone", each
 * region and each bloc. A delegation's shock on a candidate is the sum over its groups. Delegations with the same
 * groups form a cell, and a trial turns the shocks into one logit multiplier per (cell, candidate):
 * exp(shock / choiceScale) is a product of per-group factors, so a trial costs one exp per (group, candidate).
 *
 * <p>Draw order: per candidate (stream keyed by its id), the global shock, the four regions in enum order, then
 * the blocs in alphabetical order, so that a fork with the same candidates and blocs sees the same shocks.
 */
final class ShockLayout {
    private final int candidates;
    private final int groups;
    private final double[] sdOverScale;
    private final int[] drawPosition;
    private final int[] cellOf;
    private final int[][] cellGroups;
    private final long[] candidateKey;
    private final boolean active;

    ShockLayout(Assembly a, ModelParameters m) {
        candidates = a.candidates();
        int regions = Region.values().length;
        List<String> blocNames = a.blocNames();
        groups = 1 + regions + blocNames.size();
        sdOverScale = new double[groups];
        sdOverScale[0] = m.globalShock() / m.choiceScale();
        for (int r = 0; r < regions; r++) {
            sdOverScale[1 + r] = m.regionalShock() / m.choiceScale();
        }
        for (int b = 0; b < blocNames.size(); b++) {
            sdOverScale[1 + regions + b] = m.blocShock() / m.choiceScale();
        }
        List<String> sorted = new ArrayList<>(blocNames);
        sorted.sort(null);
        drawPosition = new int[groups];
        for (int g = 0; g < 1 + regions; g++) {
            drawPosition[g] = g;
        }
        for (int b = 0; b < blocNames.size(); b++) {
            drawPosition[1 + regions + b] = 1 + regions + sorted.indexOf(blocNames.get(b));
        }
        Map<String, Integer> cells = new HashMap<>();
        List<int[]> cellList = new ArrayList<>();
        cellOf = new int[a.delegations()];
        for (int d = 0; d < cellOf.length; d++) {
            int[] bl = a.blocsOf(d).clone();
            Arrays.sort(bl);
            int[] gs = new int[2 + bl.length];
            gs[0] = 0;
            gs[1] = 1 + a.delegation(d).region().ordinal();
            for (int i = 0; i < bl.length; i++) {
                gs[2 + i] = 1 + regions + bl[i];
            }
            String k = Arrays.toString(gs);
            Integer cell = cells.get(k);
            if (cell == null) {
                cell = cellList.size();
                cells.put(k, cell);
                cellList.add(gs);
            }
            cellOf[d] = cell;
        }
        cellGroups = cellList.toArray(int[][]::new);
        candidateKey = new long[candidates];
        for (int c = 0; c < candidates; c++) {
            candidateKey[c] = SplitMix.key(a.candidate(c).id());
        }
        active = m.hasShocks();
    }

    int cells() {
        return cellGroups.length;
    }

    int cellOf(int d) {
        return cellOf[d];
    }

    /** A buffer for {@link #draw}: one multiplier per (cell, candidate). */
    double[] newMultipliers() {
        double[] mult = new double[cells() * candidates];
        Arrays.fill(mult, 1.0);
        return mult;
    }

    /** A scratch buffer for {@link #draw}. */
    double[] newScratch() {
        return new double[groups * candidates + groups + Region.values().length * candidates];
    }

    /** Fills {@code mult[cell * candidates + c]} with exp(total shock / choiceScale) for this trial. */
    void draw(long trialSeed, SplitMix rng, double[] scratch, double[] mult) {
        if (!active) {
            return;
        }
        long base = SplitMix.derive(trialSeed, 0x5C0C5L);
        int zAt = groups * candidates;
        for (int c = 0; c < candidates; c++) {
            rng.reseed(SplitMix.derive(base, candidateKey[c]));
            for (int p = 0; p < groups; p++) {
                scratch[zAt + p] = rng.nextGaussian();
            }
            for (int g = 0; g < groups; g++) {
                double sd = sdOverScale[g];
                scratch[g * candidates + c] = sd == 0.0 ? 1.0 : Math.exp(sd * scratch[zAt + drawPosition[g]]);
            }
        }
        // Every cell's groups start with "everyone" and its region, so that product is made once per region and
        // candidate and each cell multiplies on its blocs, in the same order as a product over all its groups.
        int regions = Region.values().length;
        int prefixAt = groups * candidates + groups;
        for (int r = 0; r < regions; r++) {
            int at = prefixAt + r * candidates;
            int regionRow = (1 + r) * candidates;
            for (int c = 0; c < candidates; c++) {
                scratch[at + c] = 1.0 * scratch[c] * scratch[regionRow + c];
            }
        }
        for (int cell = 0; cell < cellGroups.length; cell++) {
            int[] gs = cellGroups[cell];
            int row = cell * candidates;
            int at = prefixAt + (gs[1] - 1) * candidates;
            for (int c = 0; c < candidates; c++) {
                double f = scratch[at + c];
                for (int k = 2; k < gs.length; k++) {
                    f *= scratch[gs[k] * candidates + c];
                }
                mult[row + c] = f;
            }
        }
    }
}
