package org.plenary.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
                                  @Parameter(description = "Trials (100 to 100,000; default 4,000)")
                                  @QueryParam("trials") Long trials,
                                  @Parameter(description = "Seed (default 1)") @QueryParam("seed") Long seed,
                                  @Parameter(description = "pivotality (default when measured) or closeness")
                                  @QueryParam("sort") String sort) {
        return optimiser.swing(caller(), slug, post, trials, seed, sort);
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
