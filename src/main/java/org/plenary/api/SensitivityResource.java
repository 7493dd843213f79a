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
import org.plenary.app.optimise.AnalysisRequests.SensitivityRequest;
import org.plenary.app.optimise.OptimisationService;

/** One-at-a-time sensitivity of a post's win probabilities to the model parameters and campaign strengths. */
@Tag(name = "Optimiser")
@Path("/api/scenarios/{slug}/sensitivity")
public class SensitivityResource {

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
    @Operation(summary = "Tornado data: the swing in each candidate's win probability per parameter",
            description = "Each model parameter at × 0.5 and × 1.5 of its value (with documented exceptions) and each "
                    + "campaign in force at strength 0 and 2; rows ordered by the largest swing (or the swing of "
                    + "`candidate`), each with paired 95 % intervals on common random numbers. Answered like the "
                    + "optimiser: 201 with the result, or 202 with a job at `Location`.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SensitivityRequest.class), examples = {
            @ExampleObject(name = "Delegate for Asia", value = "{\"post\": \"delegate-asia\", \"candidate\": "
                    + "\"hu-binchen\", \"trials\": 2000, \"seed\": 3}")}))
    @APIResponse(responseCode = "201", description = "Done: the job with its result")
    @APIResponse(responseCode = "202", description = "Accepted: a job; follow Location")
    @APIResponse(responseCode = "400", description = "Bad request: `violations` names the field")
    public Response sensitivity(@PathParam("slug") String slug, SensitivityRequest request) {
        return OptimiseResource.answer(uri, optimiser.sensitivity(caller(), slug, request));
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
