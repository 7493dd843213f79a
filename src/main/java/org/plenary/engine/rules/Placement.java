package org.plenary.engine.rules;

/**
 * Who is best (or worst) placed among some candidates, with a tie that straddles the last seat kept visible
 * rather than broken by index order.
 *
 * @param sure      candidates certainly placed, best first
 * @param tied      candidates tied for the remaining places, ascending index (empty when none)
 * @param tiedSeats places left for the tied group
 */
record Placement(int[] sure, int[] tied, int tiedSeats) {

    static final int[] NONE = new int[0];

    /** The {@code seats} best-scored of the {@code eligible} candidates. */
    static Placement best(int[] scores, boolean[] eligible, int seats) {
        int[] order = sortedDescending(scores, eligible);
        if (order.length <= seats) {
            return new Placement(order, NONE, 0);
        }
        int cut = scores[order[seats - 1]];
        if (scores[order[seats]] != cut) {
            return new Placement(java.util.Arrays.copyOf(order, seats), NONE, 0);
        }
        int ahead = 0;
        while (scores[order[ahead]] > cut) {
            ahead++;
        }
        int end = ahead;
        while (end < order.length && scores[order[end]] == cut) {
            end++;
        }
        int[] tied = java.util.Arrays.copyOfRange(order, ahead, end);
        java.util.Arrays.sort(tied);
        return new Placement(java.util.Arrays.copyOf(order, ahead), tied, seats - ahead);
    }

    /** The lowest-scored of the {@code eligible} candidates: one, or several when they tie. */
    static int[] worst(int[] scores, boolean[] eligible) {
        int min = Integer.MAX_VALUE;
        int howMany = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!eligible[i]) {
                continue;
            }
            if (scores[i] < min) {
                min = scores[i];
                howMany = 1;
            } else if (scores[i] == min) {
                howMany++;
            }
        }
        int[] group = new int[howMany];
        int k = 0;
        for (int i = 0; i < scores.length; i++) {
            if (eligible[i] && scores[i] == min) {
                group[k++] = i;
            }
        }
        return group;
    }

    /** Eligible indices by score, highest first, ties by index; insertion sort, as races have few candidates. */
    static int[] sortedDescending(int[] scores, boolean[] eligible) {
        int count = 0;
        for (boolean b : eligible) {
            if (b) {
                count++;
            }
        }
        int[] order = new int[count];
        int k = 0;
        for (int i = 0; i < eligible.length; i++) {
            if (!eligible[i]) {
                continue;
            }
            int j = k++;
            while (j > 0 && scores[order[j - 1]] < scores[i]) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        return order;
    }

    boolean hasTie() {
        return tied.length > 0;
    }
}
