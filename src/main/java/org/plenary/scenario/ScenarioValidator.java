package org.plenary.scenario;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plenary.engine.model.ModelParameters;
import org.plenary.engine.rules.RuleCatalog;
import org.plenary.scenario.ScenarioDocument.CampaignEntry;
import org.plenary.scenario.ScenarioDocument.CandidateEntry;
import org.plenary.scenario.ScenarioDocument.DelegationEntry;
import org.plenary.scenario.ScenarioDocument.PostEntry;
import org.plenary.scenario.ScenarioDocument.SittingEntry;

/**
 * The rules of the format that a JSON Schema cannot say: references between parts (a candidate's country
 * must be a member, its post must exist and be of its region), uniqueness of ids, and the Executive
 * Committee's size. Each problem names the field path and the reason.
 */
public final class ScenarioValidator {

    /** The Executive Committee has 13 seats (President, 3 Vice-Presidents, 9 Delegates). */
    static final int EXECUTIVE_COMMITTEE_SEATS = 13;

    private static final Set<String> MODEL_PARAMETERS = modelParameterNames();

    private ScenarioValidator() {
    }

    public static List<Violation> validate(ScenarioDocument doc) {
        List<Violation> out = new ArrayList<>();
        Map<String, DelegationEntry> members = new HashMap<>();
        List<DelegationEntry> delegations = doc.assembly().delegations();
        for (int i = 0; i < delegations.size(); i++) {
            DelegationEntry d = delegations.get(i);
            if (members.putIfAbsent(d.code(), d) != null) {
                out.add(Violation.at("assembly.delegations[" + i + "].code",
                        "duplicate delegation code " + d.code() + " (each member appears once)"));
            }
        }

        Map<String, PostEntry> posts = new HashMap<>();
        int seats = 0;
        for (int i = 0; i < doc.posts().size(); i++) {
            PostEntry p = doc.posts().get(i);
            String at = "posts[" + i + "]";
            if (posts.putIfAbsent(p.id(), p) != null) {
                out.add(Violation.at(at + ".id", "duplicate post id " + p.id()));
            }
            seats += p.seats();
            if ("PRESIDENT".equals(p.kind())) {
                if (p.region() != null) {
                    out.add(Violation.at(at + ".region", "the President's post belongs to no region; remove region"));
                }
                if (p.seats() != 1) {
                    out.add(Violation.at(at + ".seats", "the President's post has exactly 1 seat"));
                }
            } else if (p.region() == null) {
                out.add(Violation.at(at + ".region", "a " + p.kind() + " post needs the region it belongs to"));
            }
            if ("VICE_PRESIDENT".equals(p.kind()) && p.seats() != 1) {
                out.add(Violation.at(at + ".seats", "a Vice-President's post has exactly 1 seat"));
            }
            if (p.rule() != null && p.rule().isTextual() && !RuleCatalog.names().contains(p.rule().asText())) {
                out.add(Violation.at(at + ".rule", "unknown rule set \"" + p.rule().asText() + "\"; known: "
                        + String.join(", ", new java.util.TreeSet<>(RuleCatalog.names()))));
            }
        }

        List<SittingEntry> sitting = doc.sitting() == null ? List.of() : doc.sitting();
        seats += sitting.size();
        if (seats > EXECUTIVE_COMMITTEE_SEATS) {
            out.add(Violation.at("posts", "posts and sitting members add up to " + seats
                    + " seats; the Executive Committee has " + EXECUTIVE_COMMITTEE_SEATS));
        }
        for (int i = 0; i < sitting.size(); i++) {
            SittingEntry s = sitting.get(i);
            String at = "sitting[" + i + "]";
            DelegationEntry home = members.get(s.country());
            if (home == null) {
                out.add(Violation.at(at + ".country", "country " + s.country() + " is not a member delegation"));
            } else if (s.region() != null && !s.region().equals(home.region())) {
                out.add(Violation.at(at + ".region", s.country() + " is in region " + home.region() + ", not "
                        + s.region()));
            }
        }

        Set<String> candidateIds = new HashSet<>();
        for (int i = 0; i < doc.candidates().size(); i++) {
            CandidateEntry c = doc.candidates().get(i);
            String at = "candidates[" + i + "]";
            if (!candidateIds.add(c.id())) {
                out.add(Violation.at(at + ".id", "duplicate candidate id " + c.id()));
            }
            DelegationEntry home = members.get(c.country());
            if (home == null) {
                out.add(Violation.at(at + ".country", "country " + c.country() + " is not a member delegation"));
            }
            PostEntry post = posts.get(c.post());
            if (post == null) {
                out.add(Violation.at(at + ".post", "no post with id " + c.post()));
            } else if (home != null && post.region() != null && !post.region().equals(home.region())) {
                out.add(Violation.at(at + ".country", c.country() + " is in region " + home.region()
                        + "; a candidate for " + c.post() + " must come from " + post.region()));
            }
            if (c.pledges() != null) {
                for (String code : c.pledges().keySet()) {
                    if (!members.containsKey(code)) {
                        out.add(Violation.at(at + ".pledges." + code, code + " is not a member delegation"));
                    }
                }
            }
        }
        Set<String> postsWithCandidates = new HashSet<>();
        doc.candidates().forEach(c -> postsWithCandidates.add(c.post()));
        for (int i = 0; i < doc.posts().size(); i++) {
            if (!postsWithCandidates.contains(doc.posts().get(i).id())) {
                out.add(Violation.at("posts[" + i + "]", "post " + doc.posts().get(i).id() + " has no candidate"));
            }
        }

        List<CampaignEntry> campaigns = doc.campaigns() == null ? List.of() : doc.campaigns();
        Set<String> campaignIds = new HashSet<>();
        for (int i = 0; i < campaigns.size(); i++) {
            CampaignEntry k = campaigns.get(i);
            String at = "campaigns[" + i + "]";
            if (!campaignIds.add(k.id())) {
                out.add(Violation.at(at + ".id", "duplicate campaign id " + k.id()));
            }
            if (!candidateIds.contains(k.target())) {
                out.add(Violation.at(at + ".target", "no candidate with id " + k.target()));
            }
            List<String> signerCountries = k.signerCountries() == null ? List.of() : k.signerCountries();
            for (int j = 0; j < signerCountries.size(); j++) {
                if (!members.containsKey(signerCountries.get(j))) {
                    out.add(Violation.at(at + ".signerCountries[" + j + "]",
                            signerCountries.get(j) + " is not a member delegation"));
                }
            }
            if (k.audience() != null) {
                List<String> targets = k.audience().delegations() == null ? List.of() : k.audience().delegations();
                for (int j = 0; j < targets.size(); j++) {
                    if (!members.containsKey(targets.get(j))) {
                        out.add(Violation.at(at + ".audience.delegations[" + j + "]",
                                targets.get(j) + " is not a member delegation"));
                    }
                }
                if (Boolean.TRUE.equals(k.audience().signerCountries()) && signerCountries.isEmpty()) {
                    out.add(Violation.at(at + ".audience.signerCountries",
                            "the audience is the signers' countries, but signerCountries is empty"));
                }
            }
        }

        if (doc.model() != null) {
            for (Map.Entry<String, Object> e : doc.model().entrySet()) {
                String at = "model." + e.getKey();
                if (!MODEL_PARAMETERS.contains(e.getKey())) {
                    out.add(Violation.at(at, "unknown model parameter; known: " + String.join(", ",
                            new java.util.TreeSet<>(MODEL_PARAMETERS))));
                } else if (e.getValue() instanceof Number n) {
                    checkParameterRange(e.getKey(), n.doubleValue(), at, out);
                }
            }
        }
        return out;
    }

    private static void checkParameterRange(String name, double value, String at, List<Violation> out) {
        switch (name) {
            case "turnoutOverride" -> {
                if (value > 1) {
                    out.add(Violation.at(at, "must be at most 1 (a probability), or negative for \"use the data\""));
                }
            }
            case "roundMovement", "secretBallotDiscount", "spillover" -> {
                if (value < 0 || value > 1) {
                    out.add(Violation.at(at, "must be in [0, 1]"));
                }
            }
            case "choiceScale", "decayHalfLifeDays", "saturation", "signerReference" -> {
                if (value <= 0) {
                    out.add(Violation.at(at, "must be greater than 0"));
                }
            }
            case "globalShock", "regionalShock", "blocShock" -> {
                if (value < 0) {
                    out.add(Violation.at(at, "a standard deviation cannot be negative"));
                }
            }
            default -> {
            }
        }
    }

    private static Set<String> modelParameterNames() {
        Set<String> names = new HashSet<>();
        for (RecordComponent c : ModelParameters.class.getRecordComponents()) {
            names.add(c.getName());
        }
        return Set.copyOf(names);
    }
}
