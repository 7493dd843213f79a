package org.plenary.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.plenary.app.charts.SvgCharts;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG renderer on a hand-written result: valid XML, a title, one bar per candidate sized by its value. */
class ChartSvgTest {

    private static final String RESULT = """
            {"method":"monte-carlo","trials":1000,"posts":[
              {"post":"delegate-asia","title":"Delegate for Asia <2 seats> & more","method":"interpol-delegate",
               "candidates":[
                 {"id":"hu","name":"Hu Binchen","country":"CHN","winProbability":0.75,"winProbabilityCi95":[0.7,0.8]},
                 {"id":"sinha","name":"Praveen Sinha","country":"IND","winProbability":0.25,"winProbabilityCi95":[0.2,0.3]}],
               "rounds":[{"round":1,"probabilityReached":1.0,"shares":[
                   {"candidate":"hu","mean":0.6,"p05":0.5,"p50":0.6,"p95":0.7},
                   {"candidate":"sinha","mean":0.4,"p05":0.3,"p50":0.4,"p95":0.5}]},
                 {"round":2,"probabilityReached":0.5,"shares":[
                   {"candidate":"hu","mean":0.55,"p05":0.5,"p50":0.55,"p95":0.6}]}],
               "roundsDistribution":[0.5,0.5],"deadlockProbability":0.0}],
             "delegations":[],
             "comparison":{"baseline":"without campaigns","arms":[],"differences":[
               {"arm":"with campaigns","baseline":"without campaigns","post":"delegate-asia","candidate":"hu",
                "difference":-0.04,"ci95":[-0.06,-0.02]},
               {"arm":"with campaigns","baseline":"without campaigns","post":"delegate-asia","candidate":"sinha",
                "difference":0.03,"ci95":[0.01,0.05]}]}}
            """;

    private static final SvgCharts.Caption CAPTION = new SvgCharts.Caption("interpol-2021-istanbul",
            "0123456789abcdef", 42, 1000, "DONE");

    @Test
    void winProbabilityIsValidSvgWithATitleLabelsAndOneBarPerCandidate() throws Exception {
        Document svg = parse(SvgCharts.winProbability(result(), CAPTION, p -> true));
        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(text(svg, "title").get(0)).startsWith("Win probability").contains("interpol-2021-istanbul")
                .contains("seed 42");
        List<Element> bars = bars(svg);
        assertThat(bars).hasSize(2);
        assertThat(bars.get(0).getAttribute("data-candidate")).isEqualTo("hu");
        // The bars start at the same place and are as long as their probabilities: 0.75 is three times 0.25.
        double w0 = Double.parseDouble(bars.get(0).getAttribute("width"));
        double w1 = Double.parseDouble(bars.get(1).getAttribute("width"));
        assertThat(bars.get(0).getAttribute("x")).isEqualTo(bars.get(1).getAttribute("x"));
        assertThat(w0 / w1).isCloseTo(3.0, org.assertj.core.data.Offset.offset(0.01));
        List<String> labels = text(svg, "text");
        assertThat(labels).contains("Hu Binchen (CHN)", "Praveen Sinha (IND)", "75.0 %  [70.0 %, 80.0 %]",
                "Delegate for Asia <2 seats> & more", "0.0 %", "100.0 %");
        // Each bar carries a tooltip with its numbers; each interval has a whisker.
        assertThat(bars.get(1).getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Praveen Sinha (IND): 25.0 %  [20.0 %, 30.0 %]");
        assertThat(elements(svg, "line").stream().filter(l -> l.getAttribute("class").equals("whisker")))
                .hasSize(6);
    }

    /** An exact result that settles only part of the race says how much it leaves open, under its bars. */
    @Test
    void anExactResultSaysWhatItLeavesUnresolved() throws Exception {
        String exact = """
                {"method":"exact","trials":0,"posts":[
                  {"post":"president","title":"President","method":"exact",
                   "candidates":[
                     {"id":"a","name":"A","country":"ARE","winProbability":0.05,"winProbabilityCi95":[0.05,0.05]},
                     {"id":"h","name":"H","country":"CZE","winProbability":0.15,"winProbabilityCi95":[0.15,0.15]}],
                   "rounds":[],"roundsDistribution":[0.2],"deadlockProbability":0.0}],
                 "delegations":[],"comparison":null}
                """;
        List<String> labels = text(parse(SvgCharts.winProbability(new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(exact), CAPTION, p -> true)), "text");
        assertThat(labels).anyMatch(t -> t.startsWith("exact method: 80.0 % left unresolved"));
        // A Monte Carlo result settles every trial: no such line.
        assertThat(text(parse(SvgCharts.winProbability(result(), CAPTION, p -> true)), "text"))
                .noneMatch(t -> t.contains("unresolved"));
    }

    @Test
    void voteSharesHaveOneGroupPerRound() throws Exception {
        Document svg = parse(SvgCharts.voteShares(result(), CAPTION, p -> true));
        assertThat(bars(svg)).hasSize(3);
        assertThat(bars(svg).get(2).getAttribute("data-round")).isEqualTo("2");
        assertThat(text(svg, "text")).contains("Delegate for Asia <2 seats> & more — round 2 (reached in 50.0 % "
                + "of trials)", "60.0 %  [50.0 %, 70.0 %]");
    }

    @Test
    void roundsShowTheDistribution() throws Exception {
        Document svg = parse(SvgCharts.rounds(result(), CAPTION, p -> true));
        assertThat(bars(svg)).extracting(b -> b.getAttribute("data-rounds")).containsExactly("1", "2");
        assertThat(text(svg, "text")).contains("1 round", "2 rounds", "50.0 %");
    }

    @Test
    void campaignLiftDivergesFromZero() throws Exception {
        Document svg = parse(SvgCharts.campaignLift(result(), CAPTION, p -> true));
        List<Element> bars = bars(svg);
        assertThat(bars).hasSize(2);
        // A loss is drawn left of zero, a gain right of it, both from the zero line.
        double x0 = Double.parseDouble(bars.get(0).getAttribute("x"));
        double w0 = Double.parseDouble(bars.get(0).getAttribute("width"));
        double x1 = Double.parseDouble(bars.get(1).getAttribute("x"));
        assertThat(x0 + w0).isCloseTo(x1, org.assertj.core.data.Offset.offset(0.02));
        assertThat(bars.get(0).getAttribute("fill")).isNotEqualTo(bars.get(1).getAttribute("fill"));
        assertThat(text(svg, "text")).contains("with campaigns: Hu Binchen", "-4.0 pp  [-6.0 pp, -2.0 pp]", "+0.0 pp");
        assertThat(text(svg, "title").get(0)).contains("without campaigns");
    }

    @Test
    void aResultWithoutComparisonHasNoLiftChart() throws Exception {
        JsonNode plain = result();
        ((com.fasterxml.jackson.databind.node.ObjectNode) plain).putNull("comparison");
        assertThat(SvgCharts.hasComparison(plain)).isFalse();
        assertThatThrownBy(() -> SvgCharts.campaignLift(plain, CAPTION, p -> true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPostFilterLeavesOnlyThatPostAndAnEmptyChartStaysValid() throws Exception {
        Document none = parse(SvgCharts.winProbability(result(), CAPTION, p -> false));
        assertThat(bars(none)).isEmpty();
        assertThat(text(none, "text")).contains("nothing to show");
    }

    private static JsonNode result() throws Exception {
        return new ObjectMapper().readTree(RESULT);
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(Document d, String tag) {
        NodeList nodes = d.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    static List<Element> bars(Document d) {
        return elements(d, "rect").stream().filter(r -> r.getAttribute("class").equals("bar")).toList();
    }

    static List<String> text(Document d, String tag) {
        return elements(d, tag).stream().map(Element::getTextContent).toList();
    }
}
