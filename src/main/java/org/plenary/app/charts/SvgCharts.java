package org.plenary.app.charts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Draws a simulation result (the JSON shape of {@code ResultViews.Result}) as standalone SVG charts for reports:
 * horizontal bars with interval whiskers, one row per candidate (or round count, or campaign arm), grouped under a
 * heading per post. Every number drawn is also written as a text label, so the picture can be read without colour
 * and copied as text.
 */
public final class SvgCharts {

    /** Which run the chart shows; printed under the title so a chart pasted into a report keeps its provenance. */
    public record Caption(String scenario, String runId, long seed, long trials, String status) {
        String line() {
            String s = scenario + " · run " + shortId(runId) + " · seed " + seed + " · "
                    + String.format(Locale.ROOT, "%,d", trials) + " trials";
            return "DONE".equals(status) || status == null ? s : s + " · " + status.toLowerCase(Locale.ROOT);
        }

        private static String shortId(String id) {
            return id == null ? "?" : id.length() > 8 ? id.substring(0, 8) : id;
        }
    }

    static final String BAR = "#2b6cb0";
    static final String BAR_LIGHT = "#90b4dc";
    static final String UP = "#1b7837";
    static final String DOWN = "#b35806";
    static final String INK = "#1a202c";
    static final String GRID = "#d5dbe3";

    static final int WIDTH = 820;
    static final int LABEL_WIDTH = 290;
    static final int VALUE_WIDTH = 170;
    static final int ROW = 22;
    static final int BAR_HEIGHT = 14;
    static final int HEADING = 30;

    private SvgCharts() {
    }

    /** Win probability of every candidate with its 95 % interval, per post. */
    public static String winProbability(JsonNode result, Caption caption, Predicate<String> postFilter) {
        List<Item> items = new ArrayList<>();
        for (JsonNode post : result.path("posts")) {
            if (!postFilter.test(post.path("post").asText())) {
                continue;
            }
            items.add(Item.heading(postTitle(post)));
            for (JsonNode c : post.path("candidates")) {
                double p = c.path("winProbability").asDouble();
                double[] ci = pair(c.path("winProbabilityCi95"), p);
                items.add(Item.bar(candidateLabel(c), p, ci[0], ci[1], BAR,
                        pct(p) + "  [" + pct(ci[0]) + ", " + pct(ci[1]) + "]",
                        Svg.attr("data-post", post.path("post").asText())
                                + Svg.attr("data-candidate", c.path("id").asText())
                                + Svg.attr("data-value", Double.toString(p))));
            }
            unresolved(post).ifPresent(items::add);
        }
        return draw("Win probability with 95 % interval", caption, "Probability that each candidate is elected; "
                + "the whisker is the 95 % confidence interval of the Monte Carlo estimate.", items, 0, 1, false);
    }

    /**
     * The exact method resolves what it can (round 1, for a President who needs two thirds, say) and leaves the
     * rest unresolved: said under its bars, which would otherwise read as a race nobody wins.
     */
    private static java.util.Optional<Item> unresolved(JsonNode post) {
        if (!"exact".equals(post.path("method").asText()) || post.path("candidates").size() == 0) {
            return java.util.Optional.empty();
        }
        double settled = post.path("deadlockProbability").asDouble();
        for (JsonNode c : post.path("candidates")) {
            settled += c.path("winProbability").asDouble();
        }
        double open = 1.0 - settled;
        return open < 0.001 ? java.util.Optional.empty() : java.util.Optional.of(Item.note("exact method: "
                + pct(open) + " left unresolved (the post's note says why); a Monte Carlo run covers every round"));
    }

    /** Mean vote share of each candidate in each round, with the 5th to 95th percentile across trials. */
    public static String voteShares(JsonNode result, Caption caption, Predicate<String> postFilter) {
        List<Item> items = new ArrayList<>();
        for (JsonNode post : result.path("posts")) {
            if (!postFilter.test(post.path("post").asText())) {
                continue;
            }
            Map<String, String> names = names(post);
            JsonNode rounds = post.path("rounds");
            if (rounds.isEmpty()) {
                items.add(Item.heading(postTitle(post)));
                items.add(Item.note("no round-by-round shares for this post (" + post.path("method").asText("?")
                        + ")"));
                continue;
            }
            for (JsonNode round : rounds) {
                items.add(Item.heading(postTitle(post) + " — round " + round.path("round").asInt() + " (reached in "
                        + pct(round.path("probabilityReached").asDouble()) + " of trials)"));
                for (JsonNode s : round.path("shares")) {
                    String id = s.path("candidate").asText();
                    double mean = s.path("mean").asDouble();
                    double lo = s.path("p05").asDouble(mean);
                    double hi = s.path("p95").asDouble(mean);
                    items.add(Item.bar(names.getOrDefault(id, id), mean, lo, hi, BAR,
                            pct(mean) + "  [" + pct(lo) + ", " + pct(hi) + "]",
                            Svg.attr("data-post", post.path("post").asText())
                                    + Svg.attr("data-round", Integer.toString(round.path("round").asInt()))
                                    + Svg.attr("data-candidate", id) + Svg.attr("data-value", Double.toString(mean))));
                }
            }
        }
        return draw("Vote share per round", caption, "Mean share of the valid votes in each round, over the trials "
                + "that reached it; the whisker spans the 5th to the 95th percentile.", items, 0, 1, false);
    }

    /** How many rounds each post took: entry k of roundsDistribution is P(k+1 rounds). */
    public static String rounds(JsonNode result, Caption caption, Predicate<String> postFilter) {
        List<Item> items = new ArrayList<>();
        for (JsonNode post : result.path("posts")) {
            if (!postFilter.test(post.path("post").asText())) {
                continue;
            }
            items.add(Item.heading(postTitle(post)));
            JsonNode dist = post.path("roundsDistribution");
            if (dist.isEmpty()) {
                items.add(Item.note("no distribution of rounds for this post"));
            }
            for (int k = 0; k < dist.size(); k++) {
                double p = dist.get(k).asDouble();
                items.add(Item.bar((k + 1) + (k == 0 ? " round" : " rounds"), p, p, p, BAR, pct(p),
                        Svg.attr("data-post", post.path("post").asText())
                                + Svg.attr("data-rounds", Integer.toString(k + 1))
                                + Svg.attr("data-value", Double.toString(p))));
            }
            double deadlock = post.path("deadlockProbability").asDouble(0);
            if (deadlock > 0) {
                double[] ci = pair(post.path("deadlockProbabilityCi95"), deadlock);
                items.add(Item.bar("no one elected", deadlock, ci[0], ci[1], DOWN,
                        pct(deadlock) + "  [" + pct(ci[0]) + ", " + pct(ci[1]) + "]",
                        Svg.attr("data-post", post.path("post").asText()) + Svg.attr("data-rounds", "deadlock")
                                + Svg.attr("data-value", Double.toString(deadlock))));
            }
        }
        return draw("Number of rounds", caption, "Probability that a post is decided after each number of rounds.",
                items, 0, 1, false);
    }

    /**
     * The paired difference in win probability of each arm against the baseline arm, with its 95 % interval.
     *
     * @throws IllegalArgumentException when the result is not a comparison
     */
    public static String campaignLift(JsonNode result, Caption caption, Predicate<String> postFilter) {
        JsonNode comparison = result.path("comparison");
        if (!hasComparison(result)) {
            throw new IllegalArgumentException("the run is not a comparison");
        }
        Map<String, String> titles = new HashMap<>();
        Map<String, Map<String, String>> names = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (JsonNode post : result.path("posts")) {
            String id = post.path("post").asText();
            titles.put(id, postTitle(post));
            names.put(id, names(post));
            order.add(id);
        }
        double extent = 0;
        Map<String, List<JsonNode>> byPost = new HashMap<>();
        for (JsonNode d : comparison.path("differences")) {
            String post = d.path("post").asText();
            if (!postFilter.test(post)) {
                continue;
            }
            if (!byPost.containsKey(post) && !order.contains(post)) {
                order.add(post);
            }
            byPost.computeIfAbsent(post, k -> new ArrayList<>()).add(d);
            double diff = d.path("difference").asDouble();
            double[] ci = pair(d.path("ci95"), diff);
            extent = Math.max(extent, Math.max(Math.abs(ci[0]), Math.abs(ci[1])));
            extent = Math.max(extent, Math.abs(diff));
        }
        double max = niceCeiling(extent);
        List<Item> items = new ArrayList<>();
        for (String post : order) {
            List<JsonNode> diffs = byPost.get(post);
            if (diffs == null) {
                continue;
            }
            items.add(Item.heading(titles.getOrDefault(post, post)));
            for (JsonNode d : diffs) {
                String candidate = d.path("candidate").asText();
                String name = names.getOrDefault(post, Map.of()).getOrDefault(candidate, candidate);
                double diff = d.path("difference").asDouble();
                double[] ci = pair(d.path("ci95"), diff);
                items.add(Item.bar(d.path("arm").asText() + ": " + name, diff, ci[0], ci[1], diff >= 0 ? UP : DOWN,
                        pp(diff) + "  [" + pp(ci[0]) + ", " + pp(ci[1]) + "]",
                        Svg.attr("data-post", post) + Svg.attr("data-arm", d.path("arm").asText())
                                + Svg.attr("data-candidate", candidate)
                                + Svg.attr("data-value", Double.toString(diff))));
            }
        }
        String baseline = comparison.path("baseline").asText("baseline");
        return draw("Campaign lift: change in win probability against \u201c" + baseline + "\u201d", caption,
                "Paired difference in each candidate's win probability between an arm and the baseline (common "
                        + "random numbers), in percentage points, with its 95 % interval.", items, -max, max, true);
    }

    public static boolean hasComparison(JsonNode result) {
        JsonNode c = result.path("comparison");
        return c.isObject() && c.path("differences").isArray();
    }

    // ------------------------------------------------------------------------------------------------------

    private record Item(Kind kind, String label, double value, double low, double high, String colour,
                        String valueText, String data) {
        enum Kind { HEADING, BAR, NOTE }

        static Item heading(String text) {
            return new Item(Kind.HEADING, text, 0, 0, 0, null, null, null);
        }

        static Item note(String text) {
            return new Item(Kind.NOTE, text, 0, 0, 0, null, null, null);
        }

        static Item bar(String label, double value, double low, double high, String colour, String valueText,
                        String data) {
            return new Item(Kind.BAR, label, value, low, high, colour, valueText, data);
        }
    }

    private static String draw(String title, Caption caption, String description, List<Item> items, double min,
                               double max, boolean points) {
        int top = 62;
        int height = top;
        for (Item i : items) {
            height += i.kind() == Item.Kind.HEADING ? HEADING : ROW;
        }
        if (items.isEmpty()) {
            height += ROW;
        }
        int axisY = height + 4;
        height += 34;
        double x0 = LABEL_WIDTH + 10;
        double x1 = WIDTH - VALUE_WIDTH;
        java.util.function.DoubleUnaryOperator x = v -> x0 + (Math.max(min, Math.min(max, v)) - min) / (max - min)
                * (x1 - x0);

        Svg svg = new Svg().open(WIDTH, height, title + (caption == null ? "" : " — " + caption.line()), description);
        svg.text(12, 24, title, "start", "chart-title", "font-size=\"16\" font-weight=\"bold\" fill=\"" + INK + "\"");
        if (caption != null) {
            svg.text(12, 44, caption.line(), "start", "chart-caption", "fill=\"#4a5568\"");
        }
        // Grid lines and tick labels (at the bottom, under the last row).
        for (int t = 0; t <= 4; t++) {
            double v = min + (max - min) * t / 4.0;
            double gx = x.applyAsDouble(v);
            boolean zero = Math.abs(v) < 1e-12;
            svg.line(gx, top - 4, gx, axisY, zero && points ? INK : GRID, zero && points ? 1.2 : 1, "grid");
            svg.text(gx, axisY + 16, points ? pp(v) : pct(v), "middle", "tick", "fill=\"#4a5568\" font-size=\"11\"");
        }
        double y = top;
        if (items.isEmpty()) {
            svg.text(x0, y + 15, "nothing to show", "start", "note", "fill=\"#4a5568\" font-style=\"italic\"");
        }
        for (Item i : items) {
            switch (i.kind()) {
                case HEADING -> {
                    svg.text(12, y + 21, i.label(), "start", "post-title",
                            "font-weight=\"bold\" fill=\"" + INK + "\"");
                    y += HEADING;
                }
                case NOTE -> {
                    svg.text(x0, y + 15, i.label(), "start", "note", "fill=\"#4a5568\" font-style=\"italic\"");
                    y += ROW;
                }
                case BAR -> {
                    double barY = y + (ROW - BAR_HEIGHT) / 2.0;
                    double from = x.applyAsDouble(points ? Math.min(0, i.value()) : min);
                    double to = x.applyAsDouble(points ? Math.max(0, i.value()) : i.value());
                    svg.text(LABEL_WIDTH, y + 15, clip(i.label(), 40), "end", "label", "fill=\"" + INK + "\"");
                    svg.rect(from, barY, to - from, BAR_HEIGHT, i.colour(), "bar", i.data(),
                            i.label() + ": " + i.valueText());
                    if (i.high() > i.low()) {
                        double lx = x.applyAsDouble(i.low());
                        double hx = x.applyAsDouble(i.high());
                        double my = y + ROW / 2.0;
                        svg.line(lx, my, hx, my, INK, 1.5, "whisker");
                        svg.line(lx, my - 5, lx, my + 5, INK, 1.5, "whisker");
                        svg.line(hx, my - 5, hx, my + 5, INK, 1.5, "whisker");
                    }
                    svg.text(x1 + 8, y + 15, i.valueText(), "start", "value", "fill=\"" + INK + "\"");
                    y += ROW;
                }
                default -> throw new IllegalStateException();
            }
        }
        return svg.close();
    }

    private static Map<String, String> names(JsonNode post) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode c : post.path("candidates")) {
            names.put(c.path("id").asText(), c.path("name").asText(c.path("id").asText()));
        }
        return names;
    }

    private static String postTitle(JsonNode post) {
        return post.path("title").asText(post.path("post").asText());
    }

    private static String candidateLabel(JsonNode c) {
        String country = c.path("country").asText("");
        return c.path("name").asText(c.path("id").asText()) + (country.isEmpty() ? "" : " (" + country + ")");
    }

    private static double[] pair(JsonNode ci, double fallback) {
        if (ci.isArray() && ci.size() == 2) {
            return new double[] {ci.get(0).asDouble(), ci.get(1).asDouble()};
        }
        return new double[] {fallback, fallback};
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    static String pct(double p) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * p);
    }

    static String pp(double d) {
        return String.format(Locale.ROOT, "%+.1f pp", 100 * d);
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten at or above {@code v} (at least one percentage point). */
    static double niceCeiling(double v) {
        double m = Math.max(v, 0.01);
        double p = Math.pow(10, Math.floor(Math.log10(m)));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * p >= m - 1e-12) {
                return Math.min(1, f * p);
            }
        }
        return Math.min(1, 10 * p);
    }
}
