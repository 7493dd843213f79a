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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.plenary.app.access.Caller;
import org.plenary.app.simulation.RunProgress;
import org.plenary.app.simulation.RunSummary;
import org.plenary.app.simulation.RunView;
import org.plenary.app.simulation.SimulationRequest;
import org.plenary.app.simulation.SimulationService;

/** One stored run: status, progress, result (JSON or CSV), progress events, cancellation. */
@Tag(name = "Simulations")
@Path("/api/simulations")
public class SimulationResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    SimulationService simulations;

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "A run: status, progress (done trials, ETA) and, when done, the result",
            description = "`Accept: text/csv`, or `?format=csv` (for a plain link), downloads the win probabilities "
                    + "(and, for a comparison, the differences) as CSV.")
    @APIResponse(responseCode = "200", description = "The run", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunView.class)),
            @Content(mediaType = "text/csv")})
    @APIResponse(responseCode = "409", description = "CSV asked for while the run is still queued or running; retry "
            + "once it is done (`Retry-After`)")
    public Response get(@PathParam("id") String id, @Context HttpHeaders headers,
                        @Parameter(description = "csv or json: overrides the Accept header (a link cannot set it)")
                        @QueryParam("format") String format) {
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw Problems.badField("format", "query", "must be csv or json");
        }
        RunView run = simulations.get(caller(), id);
        if (format != null ? format.equals("csv") : wantsCsv(headers)) {
            FinishedResult.of(run, "its CSV rows");
            return Response.ok(ResultCsv.of(run), "text/csv")
                    .header("Content-Disposition", "attachment; filename=\"simulation-" + id + ".csv\"").build();
        }
        return Response.ok(run, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @io.smallrye.common.annotation.Blocking
    @Operation(summary = "Progress of a run as server-sent events, until it ends")
    public Multi<RunProgress.Snapshot> events(@PathParam("id") String id) {
        return simulations.events(caller(), id);
    }

    @DELETE
    @io.quarkus.security.Authenticated
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a running job", description = "The run ends as `CANCELLED` with what it had done. "
            + "A finished run is left as it is.")
    public RunView cancel(@PathParam("id") String id) {
        return simulations.cancel(caller(), id);
    }

    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if ("csv".equalsIgnoreCase(m.getSubtype())) {
                return true;
            }
            if (m.getSubtype().toLowerCase().contains("json") || m.isWildcardType()) {
                return false;
            }
        }
        return false;
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
