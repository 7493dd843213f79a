package org.plenary.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.plenary.engine.model.Audience;
import org.plenary.engine.model.Campaign;
import org.plenary.engine.model.CampaignKind;
import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.Delegation;
import org.plenary.engine.model.ModelParameters;
import org.plenary.engine.model.Post;
import org.plenary.engine.model.PostKind;
import org.plenary.engine.model.Region;
import org.plenary.engine.model.Scenario;
import org.plenary.engine.model.SittingMember;
import org.plenary.engine.model.Stance;
import org.plenary.engine.rules.RuleCatalog;
import org.plenary.engine.rules.RuleSpec;
import org.plenary.scenario.ScenarioDocument.AudienceEntry;

/** Turns a validated scenario document into the engine's immutable model, filling in every default. */
public final class ScenarioMapper {

    /** Attendance when neither the delegation nor the assembly gives one: the share seen in 2016-2021. */
    public static final double DEFAULT_ATTENDANCE = 0.82;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private ScenarioMapper() {
    }

    public static Scenario toEngine(ScenarioDocument doc) {
        double defaultAttendance = doc.assembly().defaultAttendance() == null ? DEFAULT_ATTENDANCE
                : doc.assembly().defaultAttendance();
        List<Delegation> delegations = doc.assembly().delegations().stream()
                .map(d -> new Delegation(d.code(), d.name(), Region.valueOf(d.region()), orEmpty(d.blocs()),
                        d.votingRights() == null || d.votingRights(),
                        d.attendance() == null ? defaultAttendance : d.attendance(), orEmpty(d.alignment())))
                .toList();
        List<Post> posts = doc.posts().stream()
                .map(p -> {
                    PostKind kind = PostKind.valueOf(p.kind());
                    return new Post(p.id(), p.title() == null ? defaultTitle(kind, p.region()) : p.title(), kind,
                            p.region() == null ? null : Region.valueOf(p.region()), p.seats(), rule(p.rule(), kind));
                })
                .toList();
        List<SittingMember> sitting = orEmpty(doc.sitting()).stream()
                .map(s -> new SittingMember(s.name(), s.country(), PostKind.valueOf(s.kind()),
                        s.region() == null ? regionOf(delegations, s.country()) : Region.valueOf(s.region())))
                .toList();
        List<Candidate> candidates = doc.candidates().stream()
                .map(c -> new Candidate(c.id(), c.name(), c.country(), c.post(), c.appeal() == null ? 0 : c.appeal(),
                        orEmpty(c.camp()), orEmpty(c.pledges())))
                .toList();
        List<Campaign> campaigns = orEmpty(doc.campaigns()).stream()
                .map(k -> new Campaign(k.id(), k.title(), CampaignKind.valueOf(k.kind()), orEmpty(k.authors()),
                        orEmpty(k.signerCountries()), k.signers() == null ? 0 : k.signers(),
                        Stance.valueOf(k.stance()), k.target(), audience(k.audience()),
                        k.daysBeforeVote() == null ? 0 : k.daysBeforeVote(),
                        k.strength() == null ? 1.0 : k.strength(), k.enabled() == null || k.enabled()))
                .toList();
        return new Scenario(doc.slug(), doc.title(), doc.year(), delegations, posts, sitting, candidates, campaigns,
                model(doc.model()));
    }

    /** A preset name or an inline rule object; the post kind's Interpol rule when absent. */
    public static RuleSpec rule(JsonNode rule, PostKind kind) {
        if (rule == null || rule.isNull()) {
            return RuleCatalog.defaultFor(kind);
        }
        if (rule.isTextual()) {
            return RuleCatalog.named(rule.asText());
        }
        // Checked here as in a scenario, wherever it comes from: a request's rule object is read by the engine as
        // written, and an unchecked maxRounds of ten million is a run that cannot fit in memory.
        List<Violation> problems = ScenarioSchema.validateRule(rule);
        if (!problems.isEmpty()) {
            Violation first = problems.get(0);
            throw new IllegalArgumentException((first.field().isEmpty() ? "" : first.field() + ": ") + first.message());
        }
        ObjectNode spec = ((ObjectNode) rule).deepCopy();
        RuleSpec base = RuleCatalog.defaultFor(kind);
        ObjectNode defaults = JSON.valueToTree(base);
        defaults.setAll(spec);
        if (!spec.has("name")) {
            defaults.put("name", "custom");
        }
        return JSON.convertValue(defaults, RuleSpec.class);
    }

    /** The scenario's parameters over the defaults: any subset may be given. */
    public static ModelParameters model(Map<String, Object> overrides) {
        ObjectNode params = JSON.valueToTree(ModelParameters.defaults());
        if (overrides != null) {
            ObjectNode given = JSON.valueToTree(overrides);
            if (given.has("receptiveness")) {
                ((ObjectNode) params.get("receptiveness")).setAll((ObjectNode) given.get("receptiveness"));
                given.remove("receptiveness");
            }
            params.setAll(given);
        }
        return JSON.convertValue(params, ModelParameters.class);
    }

    private static Audience audience(AudienceEntry a) {
        if (a == null) {
            return new Audience(false, false, List.of(), List.of(), List.of());
        }
        return new Audience(Boolean.TRUE.equals(a.everyone()), Boolean.TRUE.equals(a.signerCountries()),
                orEmpty(a.delegations()), orEmpty(a.regions()).stream().map(Region::valueOf).toList(),
                orEmpty(a.blocs()));
    }

    private static Region regionOf(List<Delegation> delegations, String code) {
        return delegations.stream().filter(d -> d.code().equals(code)).map(Delegation::region).findFirst()
                .orElse(null);
    }

    static String defaultTitle(PostKind kind, String region) {
        String where = region == null ? "" : " for " + region.charAt(0) + region.substring(1).toLowerCase();
        return switch (kind) {
            case PRESIDENT -> "President";
            case VICE_PRESIDENT -> "Vice-President" + where;
            case DELEGATE -> "Delegate" + where;
        };
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : new ArrayList<>(list);
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
