package org.plenary.api;

import java.net.URI;
import java.util.List;

import io.smallrye.mutiny.Multi;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.plenary.app.PlenaryConfig;
import org.plenary.app.access.Caller;
import org.plenary.app.simulation.RunProgress;
import org.plenary.app.simulation.RunSummary;
import org.plenary.app.simulation.RunView;
import org.plenary.app.simulation.SimulationRequest;
import org.plenary.app.simulation.SimulationService;

/** Simulations of one scenario: start one (Monte Carlo or exact), list its stored runs. */
@Tag(name = "Simulations", description = "What-if simulations: win probabilities, vote shares, swing delegations, campaign lifts")
@Path("/api/scenarios/{slug}/simulations")
public class ScenarioSimulationsResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    SimulationService simulations;

    @Inject
    PlenaryConfig config;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Simulate a scenario",
            description = "Runs the whole session (all posts in order, with the rules and cross-post constraints) "
                    + "`trials` times. Small runs answer 201 with the result; larger ones answer 202 with a job to "
                    + "follow at `Location` (or its `/events` stream). The same scenario, seed and trials always "
                    + "give the same result.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SimulationRequest.class), examples = {
            @ExampleObject(name = "Does the IPAC letter change Hu Binchen's chances?", value =
                    "{\"trials\": 10000, \"seed\": 42, \"compare\": \"each-campaign\"}"),
            @ExampleObject(name = "Plurality for the President, full turnout", value =
                    "{\"trials\": 20000, \"seed\": 7, \"turnout\": 1.0, \"rules\": {\"president\": \"plurality\"}}"),
            @ExampleObject(name = "Exact answer for the President", value =
                    "{\"method\": \"exact\", \"post\": \"president\"}")}))
    @APIResponse(responseCode = "201", description = "Done: the run with its result")
    @APIResponse(responseCode = "202", description = "Accepted: a job; follow Location")
    @APIResponse(responseCode = "400", description = "Bad request: `violations` names the field")
    @APIResponse(responseCode = "429", description = "All workers busy; retry after `Retry-After` seconds")
    public Response simulate(@PathParam("slug") String slug, SimulationRequest request) {
        Caller caller = caller();
        SimulationService.Started started = simulations.start(caller, slug, request, Limits.maxTrials(config, caller));
        URI location = uri.getBaseUriBuilder().path("api/simulations").path(started.run().id()).build();
        Response.Status status = started.finished() ? Response.Status.CREATED : Response.Status.ACCEPTED;
        return Response.status(status).location(location).entity(started.run()).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The runs of a scenario, newest first")
    public List<RunSummary> list(@PathParam("slug") String slug) {
        return simulations.list(caller(), slug);
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
