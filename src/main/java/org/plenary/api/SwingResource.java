package org.plenary.api;

import java.util.List;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.app.InvalidRequestException;
import org.plenary.app.access.Caller;
import org.plenary.app.optimise.OptimisationService;
import org.plenary.engine.optimise.SwingList;

/** The swing delegations of one post. */
@Tag(name = "Optimiser")
@Path("/api/scenarios/{slug}/swing")
public class SwingResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    OptimisationService optimiser;

    @GET
    @io.quarkus.security.Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delegations ranked by pivotality and by how close their vote is",
            description = "From one run of the session up to the post (default 4,000 trials, seed 1, so the same "
                    + "request gives the same list). `gap` is the difference between the delegation's probabilities "
                    + "of its last typical choice and the next one: small means a close vote.")
    public SwingList.Result swing(@PathParam("slug") String slug,
                                  @Parameter(description = "Post id (required)") @QueryParam("post") String post,
                                  @Parameter(description = "Trials (100 to 100,000; default 4,000)",
                                          schema = @Schema(type = SchemaType.INTEGER))
                                  @QueryParam("trials") String trials,
                                  @Parameter(description = "Seed (default 1)", schema = @Schema(type = SchemaType.INTEGER))
                                  @QueryParam("seed") String seed,
                                  @Parameter(description = "pivotality (default when measured) or closeness")
                                  @QueryParam("sort") String sort) {
        // The range of trials is the service's to check (its message names it); here only that it is a number.
        Long trialCount = Problems.wholeNumber("trials", trials, null, Long.MIN_VALUE, Long.MAX_VALUE);
        Long seedValue = Problems.wholeNumber("seed", seed, null, Long.MIN_VALUE, Long.MAX_VALUE);
        try {
            return optimiser.swing(caller(), slug, post, trialCount, seedValue, sort);
        } catch (InvalidRequestException e) {
            // Every setting of this request is a query parameter.
            List<FieldViolation> violations = e.violations().stream()
                    .map(v -> FieldViolation.of(v.field(), "query", v.message())).toList();
            throw Problems.badRequest(violations.get(0).field() + ": " + violations.get(0).message(), violations);
        }
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
