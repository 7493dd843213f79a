package org.plenary.api;

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
import org.plenary.app.optimise.AnalysisRequests.CoalitionRequest;
import org.plenary.app.optimise.OptimisationService;

/** The minimal flipping coalition of a scenario's post. Its jobs are read at {@code /api/analyses/{id}}. */
@Tag(name = "Optimiser")
@Path("/api/scenarios/{slug}/coalition")
public class CoalitionResource {

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
    @Operation(summary = "The smallest set of delegations whose votes decide the expected outcome",
            description = "The fewest delegations (within the pool) whose votes, moved to the goal's side, turn the "
                    + "expected round-1 margin in the goal's favour, and the share of trials in which moving them "
                    + "changes the outcome. See docs/optimiser.md for the method.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CoalitionRequest.class), examples = {
            @ExampleObject(name = "Who could have stopped Hu Binchen?", value = "{\"goal\": {\"post\": "
                    + "\"delegate-asia\", \"candidate\": \"hu-binchen\", \"aim\": \"defeat\"}, \"seed\": 7}")}))
    @APIResponse(responseCode = "201", description = "Done: the job with its result")
    @APIResponse(responseCode = "202", description = "Accepted: a job; follow Location")
    @APIResponse(responseCode = "400", description = "Bad request: `violations` names the field")
    public Response coalition(@PathParam("slug") String slug, CoalitionRequest request) {
        return OptimiseResource.answer(uri, optimiser.coalition(caller(), slug, request));
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
