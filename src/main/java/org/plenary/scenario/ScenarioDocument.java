package org.plenary.scenario;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The scenario format as typed records (see docs/scenario-format.md and the JSON Schema at
 * {@code /api/schema/scenario}). Documents are checked against the schema before they are bound to these
 * records, so the records only need to say what the fields are.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScenarioDocument(String slug, String title, Integer year, String description, List<String> sources,
                               String forkedFrom, Assembly assembly, List<PostEntry> posts,
                               List<SittingEntry> sitting, List<CandidateEntry> candidates,
                               List<CampaignEntry> campaigns, Map<String, Object> model) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Assembly(String name, Double defaultAttendance, List<DelegationEntry> delegations) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DelegationEntry(String code, String name, String region, List<String> blocs, Boolean votingRights,
                                  Double attendance, Map<String, Double> alignment) {
    }

    /** {@code rule} is either a preset name (a string) or an inline rule object. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PostEntry(String id, String title, String kind, String region, Integer seats, JsonNode rule) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SittingEntry(String name, String country, String kind, String region) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CandidateEntry(String id, String name, String country, String post, Double appeal,
                                 Map<String, Double> camp, Map<String, Double> pledges, Boolean placeholder,
                                 String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CampaignEntry(String id, String title, String kind, List<String> authors, Integer signers,
                                List<String> signerCountries, String stance, String target, AudienceEntry audience,
                                String date, Integer daysBeforeVote, Double strength, Boolean enabled,
                                String source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AudienceEntry(Boolean everyone, Boolean signerCountries, List<String> delegations,
                                List<String> regions, List<String> blocs) {
    }
}
