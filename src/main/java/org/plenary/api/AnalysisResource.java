package org.plenary.api;

import io.smallrye.mutiny.Multi;
import io.quarkus.security.identity.SecurityIdentity;
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
import org.plenary.app.ForbiddenProblem;
import org.plenary.app.NotFoundProblem;
import org.plenary.app.ScenarioService;
import org.plenary.app.access.Caller;
import org.plenary.app.optimise.AnalysisService;
import org.plenary.app.optimise.AnalysisView;

/** The optimiser's, coalition's and sensitivity analysis' jobs: status, progress, result, events, cancellation. */
@Tag(name = "Optimiser")
@Path("/api/analyses")
public class AnalysisResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    AnalysisService jobs;

    @Inject
    ScenarioService scenarios;

    /** A job is as visible as its scenario, like a simulation run: 404 for everyone who may not read it. */
    private AnalysisView visible(String id) {
        Caller caller = caller();
        AnalysisView job = jobs.get(id);
        if (caller.isAdmin() || scenarios.readable(caller, job.scenario())
                .filter(s -> !job.createdAt().isBefore(s.createdAt())).isPresent()) {
            return job;
        }
        throw new NotFoundProblem("no analysis job " + id);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An optimiser, coalition or sensitivity job: status, progress and, when done, the result")
    public AnalysisView get(@PathParam("id") String id) {
        return visible(id);
    }

    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @io.smallrye.common.annotation.Blocking
    @Operation(summary = "Progress of a job as server-sent events, until it ends")
    public Multi<AnalysisView.Progress> events(@PathParam("id") String id) {
        visible(id);
        return jobs.events(id);
    }

    @DELETE
    @io.quarkus.security.Authenticated
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a running job", description = "The job ends as `CANCELLED`. A finished job is left "
            + "as it is.")
    public AnalysisView cancel(@PathParam("id") String id) {
        AnalysisView job = visible(id);
        Caller caller = caller();
        if (!caller.isAdmin() && !caller.is(jobs.owner(id))
                && !caller.is(scenarios.access(caller, job.scenario()).owner())) {
            throw new ForbiddenProblem("only who started job " + id + ", the scenario's owner or an admin may cancel it");
        }
        return jobs.cancel(id);
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
