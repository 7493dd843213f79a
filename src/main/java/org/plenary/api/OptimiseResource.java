package org.plenary.api;

import java.net.URI;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
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
import org.plenary.app.access.Caller;
import org.plenary.app.optimise.AnalysisRequests.OptimiseRequest;
import org.plenary.app.optimise.AnalysisService;
import org.plenary.app.optimise.OptimisationService;

/** The campaign optimiser of a scenario. Its jobs are read at {@code /api/analyses/{id}}. */
@Tag(name = "Optimiser", description = "Which delegations to lobby: campaign plans, flipping coalitions, "
        + "sensitivity, swing delegations")
@Path("/api/scenarios/{slug}/optimise")
public class OptimiseResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    OptimisationService optimiser;

    @Context
    UriInfo uri;

    @POST
    @jakarta.annotation.security.RolesAllowed({"analyst", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a lobbying campaign",
            description = "Greedy selection with lazy re-evaluation of the delegations to lobby with the lever, within "
                    + "the budget and pool, to elect or defeat the candidate. Each target comes with its marginal "
                    + "lift in the goal's probability (paired 95 % interval, common random numbers) and the "
                    + "cumulative probability; the final plan is re-checked on fresh draws. Small jobs answer 201 "
                    + "with the result; larger ones 202 with the job at `Location`. See docs/optimiser.md.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OptimiseRequest.class), examples = {
            @ExampleObject(name = "Ten demarches against Hu Binchen", value = "{\"goal\": {\"post\": "
                    + "\"delegate-asia\", \"candidate\": \"hu-binchen\", \"aim\": \"defeat\"}, \"budget\": "
                    + "{\"delegations\": 10}, \"lever\": {\"kind\": \"GOVERNMENT_DEMARCHE\", \"strength\": 1}, "
                    + "\"seed\": 42}"),
            @ExampleObject(name = "Letters in Europe on a cost budget", value = "{\"goal\": {\"post\": "
                    + "\"president\", \"candidate\": \"havrankova\", \"aim\": \"elect\"}, \"budget\": "
                    + "{\"costPerDelegation\": 2, \"total\": 10}, \"lever\": {\"kind\": \"LEGISLATORS_LETTER\"}, "
                    + "\"pool\": {\"regions\": [\"EUROPE\"]}}")}))
    @APIResponse(responseCode = "201", description = "Done: the job with its result")
    @APIResponse(responseCode = "202", description = "Accepted: a job; follow Location")
    @APIResponse(responseCode = "400", description = "Bad request: `violations` names the field")
    @APIResponse(responseCode = "429", description = "All workers busy; retry after `Retry-After` seconds")
    public Response optimise(@PathParam("slug") String slug, OptimiseRequest request) {
        return answer(uri, optimiser.optimise(caller(), slug, request));
    }

    static Response answer(UriInfo uri, AnalysisService.Started started) {
        URI location = uri.getBaseUriBuilder().path("api/analyses").path(started.job().id()).build();
        Response.Status status = started.finished() ? Response.Status.CREATED : Response.Status.ACCEPTED;
        return Response.status(status).location(location).entity(started.job()).build();
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
