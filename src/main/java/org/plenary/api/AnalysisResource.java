package org.plenary.api;

import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.plenary.app.optimise.AnalysisService;
import org.plenary.app.optimise.AnalysisView;

/** The optimiser's, coalition's and sensitivity analysis' jobs: status, progress, result, events, cancellation. */
@Tag(name = "Optimiser")
@Path("/api/analyses")
public class AnalysisResource {

    @Inject
    AnalysisService jobs;

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An optimiser, coalition or sensitivity job: status, progress and, when done, the result")
    public AnalysisView get(@PathParam("id") String id) {
        return jobs.get(id);
    }

    @GET
    @Path("/analyses/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @io.smallrye.common.annotation.Blocking
    @Operation(summary = "Progress of a job as server-sent events, until it ends")
    public Multi<AnalysisView.Progress> events(@PathParam("id") String id) {
        return jobs.events(id);
    }

    @DELETE
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a running job", description = "The job ends as `CANCELLED`. A finished job is left "
            + "as it is.")
    public AnalysisView cancel(@PathParam("id") String id) {
        return jobs.cancel(id);
    }
}
