package org.plenary.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.app.access.Caller;
import org.plenary.app.NotFoundProblem;
import org.plenary.app.charts.SvgCharts;
import org.plenary.app.simulation.RunView;
import org.plenary.app.simulation.SimulationService;

/** A run's result drawn as SVG charts, for reports and for the web page. */
@Tag(name = "Simulations")
@Path("/api/simulations/{id}/charts")
public class ChartResource {

    static final String SVG = "image/svg+xml";
    static final List<String> CHARTS = List.of("win-probability.svg", "vote-shares.svg", "rounds.svg",
            "campaign-lift.svg");

    @Inject
    SecurityIdentity identity;

    @Inject
    SimulationService simulations;

    @GET
    @Path("/{chart}")
    @Produces(SVG)
    @Operation(summary = "A chart of a run's result as SVG",
            description = "`win-probability.svg`: each candidate's win probability with its 95 % interval, per post. "
                    + "`vote-shares.svg`: mean vote share per round with the 5th-95th percentile. `rounds.svg`: the "
                    + "distribution of the number of rounds. `campaign-lift.svg` (comparisons only): the paired "
                    + "difference in win probability of each arm against the baseline, with its 95 % interval. "
                    + "`post` (repeatable) limits the chart to some posts. A cancelled run is drawn with what it "
                    + "had done.")
    @APIResponse(responseCode = "200", description = "The chart", content = @org.eclipse.microprofile.openapi
            .annotations.media.Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "`post` names no post of this run")
    @APIResponse(responseCode = "404", description = "No such run or chart; the run ended without a result "
            + "(failed); or campaign-lift for a run that is not a comparison")
    @APIResponse(responseCode = "409", description = "The run is still queued or running; retry once it is done "
            + "(`Retry-After`, or follow `/api/simulations/{id}/events`)")
    public Response chart(@PathParam("id") String id,
                          @Parameter(description = "win-probability.svg, vote-shares.svg, rounds.svg or "
                                  + "campaign-lift.svg") @PathParam("chart") String chart,
                          @Parameter(description = "Post id(s) to draw (default: all)") @QueryParam("post")
                          List<String> posts) {
        if (!CHARTS.contains(chart)) {
            throw new NotFoundProblem("no chart " + chart + "; charts: " + CHARTS);
        }
        RunView run = simulations.get(caller(), id);
        JsonNode result = FinishedResult.of(run, "its charts");
        Predicate<String> filter = postFilter(result, posts);
        SvgCharts.Caption caption = new SvgCharts.Caption(run.scenario(), run.id(), run.seed(), run.trialsDone(),
                run.status());
        String svg = switch (chart) {
            case "win-probability.svg" -> SvgCharts.winProbability(result, caption, filter);
            case "vote-shares.svg" -> SvgCharts.voteShares(result, caption, filter);
            case "rounds.svg" -> SvgCharts.rounds(result, caption, filter);
            default -> {
                if (!SvgCharts.hasComparison(result)) {
                    throw new NotFoundProblem("run " + id + " is not a comparison: it has no campaign lift (run it "
                            + "with compare = campaigns-off or each-campaign)");
                }
                yield SvgCharts.campaignLift(result, caption, filter);
            }
        };
        Response.ResponseBuilder ok = Response.ok(svg, SVG + ";charset=UTF-8");
        if (!FinishedResult.unfinished(run)) {
            // A finished run never changes.
            ok.header("Cache-Control", "public, max-age=3600");
        }
        return ok.build();
    }

    private static Predicate<String> postFilter(JsonNode result, List<String> posts) {
        if (posts == null || posts.isEmpty()) {
            return p -> true;
        }
        List<String> known = new ArrayList<>();
        result.path("posts").forEach(p -> known.add(p.path("post").asText()));
        for (String p : posts) {
            if (!known.contains(p)) {
                throw Problems.badField("post", "query", "no post " + p + " in this run; posts: " + known);
            }
        }
        return posts::contains;
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
