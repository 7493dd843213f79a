package org.plenary.api;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.app.access.Caller;
import org.plenary.app.InvalidRequestException;
import org.plenary.app.NotFoundProblem;
import org.plenary.app.simulation.SimulationService;
import org.plenary.engine.behaviour.DelegationExplanation;
import org.plenary.engine.behaviour.Explainer;
import org.plenary.engine.model.Scenario;
import org.plenary.app.ScenarioPart;
import org.plenary.app.ScenarioService;
import org.plenary.app.StoredScenario;
import org.plenary.scenario.InvalidScenarioException;
import org.plenary.scenario.ScenarioParser;
import org.plenary.scenario.Violation;

/**
 * One delegation, candidate or campaign of a scenario, read and changed without resending the whole
 * scenario. Every change re-validates the whole scenario and bumps its version (ETag).
 */
@Path("/api/scenarios/{slug}/{part:delegations|candidates|campaigns}")
@Tag(name = "Scenario parts", description = "Delegations, candidates and campaigns one at a time")
public class PartsResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    ScenarioService scenarios;

    @Inject
    SimulationService simulations;

    @Context
    UriInfo uri;

    private static final ObjectMapper JSON = new ObjectMapper();

    static ScenarioPart part(String name) {
        return switch (name) {
            case "delegations" -> ScenarioPart.DELEGATIONS;
            case "candidates" -> ScenarioPart.CANDIDATES;
            case "campaigns" -> ScenarioPart.CAMPAIGNS;
            default -> throw new NotFoundProblem("no part " + name);
        };
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List one part of a scenario: its delegations, candidates or campaigns")
    @APIResponse(responseCode = "200", description = "The items; `ETag` is the scenario's version, for `If-Match` "
            + "when writing")
    @APIResponse(responseCode = "404", description = "No such scenario")
    public Response list(@PathParam("slug") String slug, @PathParam("part") String part) {
        // The ETag is read first: should a write land between the reads, it is the older one, and a write sent
        // with it is refused (412) rather than allowed over a change not seen.
        String etag = scenarios.get(caller(), slug).etag();
        return Response.ok(scenarios.listPart(caller(), slug, part(part))).header("ETag", etag).build();
    }

    @GET
    @Path("/{key}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read one delegation (by ISO code), candidate or campaign (by id)")
    @APIResponse(responseCode = "200", description = "The item; `ETag` is the scenario's version, for `If-Match` "
            + "when writing")
    @APIResponse(responseCode = "404", description = "No such scenario or item")
    public Response get(@PathParam("slug") String slug, @PathParam("part") String part, @PathParam("key") String key) {
        String etag = scenarios.get(caller(), slug).etag();
        return Response.ok(scenarios.getPart(caller(), slug, part(part), key)).header("ETag", etag).build();
    }

    @GET
    @Path("/{key}/explain")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Why a delegation votes as it does on a post",
            description = "Each term of its utility for each candidate (appeal, alignment, region, blocs, pledges, "
                    + "home, and each campaign's contribution) and the resulting round-1 vote probabilities. "
                    + "Only for delegations. By default on the scenario as stored; `campaigns`, `strengths` and "
                    + "`rule` give the settings of a run (as in a simulation request: the campaigns in force, "
                    + "their strengths, the post's counting rule), so that the explanation matches its results.")
    @APIResponse(responseCode = "400", description = "Missing or unknown post; unknown campaign or rule; bad strength")
    @APIResponse(responseCode = "404", description = "No such scenario or delegation")
    public DelegationExplanation explain(@PathParam("slug") String slug, @PathParam("part") String part,
                                         @PathParam("key") String key, @QueryParam("post") String post,
                                         @Parameter(description = "Campaign ids in force, comma-separated; none for "
                                                 + "no campaign; omitted: those enabled in the scenario")
                                         @QueryParam("campaigns") String campaigns,
                                         @Parameter(description = "Campaign strengths, comma-separated id:strength "
                                                 + "pairs, e.g. ipac-letter:2")
                                         @QueryParam("strengths") String strengths,
                                         @Parameter(description = "The post's counting rule: a rule set's name, "
                                                 + "e.g. plurality, or an inline rule object as JSON, as in a "
                                                 + "simulation request's rules")
                                         @QueryParam("rule") String rule) {
        if (part(part) != ScenarioPart.DELEGATIONS) {
            throw new NotFoundProblem("explanations exist for delegations only");
        }
        Scenario scenario = scenarios.engineScenario(caller(), slug);
        if (scenario.delegations().stream().noneMatch(d -> d.code().equals(key))) {
            throw new NotFoundProblem("no delegation " + key + " in scenario " + slug);
        }
        if (post == null || scenario.posts().stream().noneMatch(p -> p.id().equals(post))) {
            throw Problems.badField("post", "query", "name one of the posts: "
                    + scenario.posts().stream().map(p -> p.id()).toList());
        }
        if (campaigns == null && strengths == null && rule == null) {
            return Explainer.explain(scenario, key, post, null, null);
        }
        // An empty query value reads as no value at all, so "none" says "no campaign in force".
        List<String> active = campaigns == null ? null : campaigns.isBlank() || campaigns.equals("none") ? List.of()
                : Arrays.stream(campaigns.split(",")).map(String::trim).toList();
        try {
            return simulations.explain(caller(), slug, key, post, active, strengthsOf(strengths), rule);
        } catch (InvalidRequestException e) {
            Violation v = e.violations().get(0);
            throw Problems.badField(queryParameter(v.field()), "query", v.message());
        }
    }

    /** "a:1.5,b:0" to {a=1.5, b=0.0}; a 400 naming {@code strengths} when a pair is not id:number. */
    private static Map<String, Double> strengthsOf(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String pair : text.split(",")) {
            int colon = pair.lastIndexOf(':');
            try {
                if (colon <= 0) {
                    throw new NumberFormatException();
                }
                out.put(pair.substring(0, colon).trim(), Double.parseDouble(pair.substring(colon + 1).trim()));
            } catch (NumberFormatException bad) {
                throw Problems.badField("strengths", "query",
                        "must be comma-separated id:strength pairs, e.g. ipac-letter:2; was \"" + pair + "\"");
            }
        }
        return out;
    }

    /** The query parameter a simulation request's field comes from here. */
    private static String queryParameter(String field) {
        if (field.startsWith("campaigns")) {
            return "campaigns";
        }
        if (field.startsWith("campaignStrengths")) {
            return "strengths";
        }
        if (field.startsWith("rules")) {
            return "rule";
        }
        return field;
    }

    @POST
    @RolesAllowed({"analyst", "admin"})
    @Consumes({MediaType.APPLICATION_JSON, Bodies.YAML})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a delegation, candidate or campaign")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "A delegation", value = "{\"code\": \"FSM\", \"name\": \"Micronesia\", \"region\": \"ASIA\", \"attendance\": 0.6}"),
            @ExampleObject(name = "A campaign", value = ApiExamples.CAMPAIGN_JSON)}))
    @APIResponse(responseCode = "201", description = "Added; the scenario's new ETag is returned")
    @APIResponse(responseCode = "409", description = "An item with that key exists")
    public Response add(@PathParam("slug") String slug, @PathParam("part") String part, byte[] body,
                        @HeaderParam("Content-Type") String contentType, @HeaderParam("If-Match") String ifMatch) {
        ScenarioPart p = part(part);
        JsonNode item = item(body, contentType);
        StoredScenario s = scenarios.addPart(caller(), slug, p, item, Bodies.ifMatch(ifMatch));
        String key = item.path(p.key).asText();
        URI location = uri.getBaseUriBuilder().path("api/scenarios").path(slug).path(part).path(key).build();
        return Response.created(location).header("ETag", s.etag()).entity(scenarios.getPart(caller(), slug, p, key)).build();
    }

    @PUT
    @RolesAllowed({"analyst", "admin"})
    @Path("/{key}")
    @Consumes({MediaType.APPLICATION_JSON, Bodies.YAML})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace (or add) one delegation, candidate or campaign")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
            @ExampleObject(name = "Switch a campaign off", value = ApiExamples.CAMPAIGN_JSON)))
    @APIResponse(responseCode = "200", description = "Replaced; the scenario's new ETag is returned")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    public Response put(@PathParam("slug") String slug, @PathParam("part") String part, @PathParam("key") String key,
                        byte[] body, @HeaderParam("Content-Type") String contentType,
                        @HeaderParam("If-Match") String ifMatch) {
        ScenarioPart p = part(part);
        StoredScenario s = scenarios.putPart(caller(), slug, p, key, item(body, contentType), Bodies.ifMatch(ifMatch));
        return Response.ok(scenarios.getPart(caller(), slug, p, key)).header("ETag", s.etag()).build();
    }

    @DELETE
    @RolesAllowed({"analyst", "admin"})
    @Path("/{key}")
    @Operation(summary = "Remove one delegation, candidate or campaign")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("slug") String slug, @PathParam("part") String part, @PathParam("key") String key,
                           @HeaderParam("If-Match") String ifMatch) {
        StoredScenario s = scenarios.deletePart(caller(), slug, part(part), key, Bodies.ifMatch(ifMatch));
        return Response.noContent().header("ETag", s.etag()).build();
    }

    private static JsonNode item(byte[] body, String contentType) {
        ScenarioParser.Parsed parsed = ScenarioParser.parse(Bodies.require(body), Bodies.syntaxOf(contentType));
        if (!parsed.tree().isObject()) {
            throw new InvalidScenarioException("not an object",
                    java.util.List.of(org.plenary.scenario.Violation.at("", "the body must be an object")));
        }
        return parsed.tree();
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
