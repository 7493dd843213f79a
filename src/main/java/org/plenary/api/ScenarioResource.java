package org.plenary.api;

import java.net.URI;
import java.util.List;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.app.access.Caller;
import org.plenary.app.access.Visibility;
import org.plenary.app.LoadReport;
import org.plenary.app.ScenarioLoader;
import org.plenary.app.ScenarioService;
import org.plenary.app.ScenarioSummary;
import org.plenary.app.StoredScenario;
import org.plenary.scenario.ScenarioCodec;
import org.plenary.scenario.ScenarioDocument;

/** Scenarios: list, read, create, replace, delete, fork, export as JSON or YAML. */
@Path("/api/scenarios")
@Tag(name = "Scenarios", description = "The data one simulation needs: delegations, posts, candidates, campaigns, rules, model")
public class ScenarioResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    ScenarioService scenarios;

    @Inject
    ScenarioLoader loader;

    @Context
    UriInfo uri;

    public record ForkRequest(
            @Schema(description = "Slug of the copy", examples = "interpol-2021-no-ipac") String slug,
            @Schema(description = "Title of the copy (default: the original's title + \"(what-if)\")") String title,
            @Schema(description = "private (default) or public") String visibility) {
    }

    public record AccessRequest(
            @Schema(description = "public, private or shared", examples = "shared") String visibility,
            @Schema(description = "For shared: the users who may read it (at most 50)") List<String> sharedWith) {
    }

    @GET
    @Path("/{slug}/access")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who may read a scenario", description = "The owner and visibility; the list of users it "
            + "is shared with is shown to its owner and admins only.")
    public ScenarioService.Access access(@PathParam("slug") String slug) {
        return scenarios.access(caller(), slug);
    }

    @PUT
    @Path("/{slug}/access")
    @RolesAllowed({"analyst", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set who may read a scenario (its owner or an admin)",
            description = "Private and shared scenarios, and their runs, do not exist for anyone else: 404 everywhere.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AccessRequest.class),
            examples = @ExampleObject(name = "Share with bob", value = "{\"visibility\": \"shared\", \"sharedWith\": [\"bob\"]}")))
    public ScenarioService.Access setAccess(@PathParam("slug") String slug, AccessRequest request) {
        if (request == null) {
            throw Problems.badField("visibility", "body", "a JSON object with visibility (and sharedWith)");
        }
        Visibility v = Visibility.parse(request.visibility());
        if (v == null) {
            throw Problems.badField("visibility", "body", "one of public, private, shared");
        }
        return scenarios.setAccess(caller(), slug, v, request.sharedWith());
    }

    /** A new scenario is private unless asked otherwise; sharing needs names, so it is set afterwards. */
    private static Visibility creationVisibility(String text, String in) {
        if (text == null) {
            return Visibility.PRIVATE;
        }
        Visibility v = Visibility.parse(text);
        if (v == null || v == Visibility.SHARED) {
            throw Problems.badField("visibility", in, "private or public (share it afterwards with PUT .../access)");
        }
        return v;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List scenarios", description = "Newest first; `q` filters on slug, title and description.")
    public ScenarioService.PageOf<ScenarioSummary> list(
            @Parameter(description = "Text to search for", example = "2021") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "0-based page, 0-100000", schema = @Schema(type = SchemaType.INTEGER,
                    defaultValue = "0", minimum = "0", maximum = "100000")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1-100", schema = @Schema(type = SchemaType.INTEGER,
                    defaultValue = "20", minimum = "1", maximum = "100")) @QueryParam("size") String size) {
        return scenarios.list(caller(), q, Problems.wholeNumber("page", page, 0L, 0, 100_000).intValue(),
                Problems.wholeNumber("size", size, 20L, 1, 100).intValue());
    }

    @GET
    @Path("/load-report")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What the last load of the bundled scenario files did",
            description = "Each file's outcome; a failed file lists each error with its field path, line and column.")
    public LoadReport loadReport() {
        return loader.lastReport();
    }

    @GET
    @Path("/{slug}")
    @Produces({MediaType.APPLICATION_JSON, Bodies.YAML})
    @Operation(summary = "Read (export) a scenario",
            description = "The whole document, as JSON or YAML by `Accept`; it can be sent back to POST/PUT as is. "
                    + "The `ETag` is the version to send in `If-Match` when writing.")
    @APIResponse(responseCode = "200", description = "The scenario", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScenarioDocument.class)),
            @Content(mediaType = Bodies.YAML)})
    @APIResponse(responseCode = "404", description = "No such scenario")
    public Response get(@PathParam("slug") String slug, @Context HttpHeaders headers) {
        StoredScenario s = scenarios.get(caller(), slug);
        return document(Response.ok(), s, headers).build();
    }

    @POST
    @RolesAllowed({"analyst", "admin"})
    @Consumes({MediaType.APPLICATION_JSON, Bodies.YAML, "application/x-yaml", "text/yaml"})
    @Produces({MediaType.APPLICATION_JSON, Bodies.YAML})
    @Operation(summary = "Create a scenario",
            description = "JSON or YAML. A document with `base: <slug>` and `patch: {...}` creates a what-if copy of "
                    + "an existing scenario with only the patched parts changed.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScenarioDocument.class),
                    examples = @ExampleObject(name = "Asia Delegates 2021 (small)", value = ApiExamples.SCENARIO_JSON)),
            @Content(mediaType = Bodies.YAML, examples = @ExampleObject(name = "A what-if fork",
                    value = ApiExamples.FORK_YAML))})
    @APIResponse(responseCode = "201", description = "Created; `Location` names it")
    @APIResponse(responseCode = "400", description = "Invalid: `violations` names each field and why")
    @APIResponse(responseCode = "409", description = "The slug is taken")
    @APIResponse(responseCode = "413", description = "Body too large")
    public Response create(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @Parameter(description = "private (default) or public; share it later with PUT .../access")
                           @QueryParam("visibility") String visibility,
                           @Context HttpHeaders headers) {
        Visibility v = creationVisibility(visibility, "query");
        StoredScenario s = scenarios.create(caller(), Bodies.require(body), Bodies.syntaxOf(contentType), v);
        return document(Response.created(location(s.slug())), s, headers).build();
    }

    @PUT
    @Path("/{slug}")
    @RolesAllowed({"analyst", "admin"})
    @Consumes({MediaType.APPLICATION_JSON, Bodies.YAML, "application/x-yaml", "text/yaml"})
    @Produces({MediaType.APPLICATION_JSON, Bodies.YAML})
    @Operation(summary = "Replace a scenario",
            description = "Send `If-Match` with the ETag you read: if someone wrote in between, the answer is 412 and "
                    + "nothing changes. Bundled scenarios are read-only: fork them.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScenarioDocument.class),
            examples = @ExampleObject(name = "Asia Delegates 2021 (small)", value = ApiExamples.SCENARIO_JSON)))
    @APIResponse(responseCode = "200", description = "Replaced; new ETag")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    public Response replace(@PathParam("slug") String slug, byte[] body,
                            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                            @Parameter(description = "ETag from your last read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
                            @Context HttpHeaders headers) {
        StoredScenario s = scenarios.replace(caller(), slug, Bodies.require(body), Bodies.syntaxOf(contentType),
                Bodies.ifMatch(ifMatch));
        return document(Response.ok(), s, headers).build();
    }

    @DELETE
    @RolesAllowed({"analyst", "admin"})
    @Path("/{slug}")
    @Operation(summary = "Delete a scenario", description = "Bundled scenarios cannot be deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch) {
        scenarios.delete(caller(), slug, Bodies.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("/{slug}/fork")
    @RolesAllowed({"analyst", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Bodies.YAML})
    @Operation(summary = "Fork a scenario: a copy under a new slug, the start of every what-if")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ForkRequest.class),
            examples = @ExampleObject(name = "Fork", value = "{\"slug\": \"asia-2021-no-letters\", \"title\": \"2021 Asia Delegates without the letters\"}")))
    @APIResponse(responseCode = "201", description = "Created; `Location` names the copy")
    public Response fork(@PathParam("slug") String slug, ForkRequest request, @Context HttpHeaders headers) {
        if (request == null || request.slug() == null || request.slug().isBlank()) {
            throw Problems.badField("slug", "body", "the fork needs a new slug");
        }
        StoredScenario s = scenarios.fork(caller(), slug, request.slug(), request.title(),
                creationVisibility(request.visibility(), "body"));
        return document(Response.created(location(s.slug())), s, headers).build();
    }

    private URI location(String slug) {
        return uri.getBaseUriBuilder().path("api/scenarios").path(slug).build();
    }

    static Response.ResponseBuilder document(Response.ResponseBuilder builder, StoredScenario s, HttpHeaders headers) {
        builder.header("ETag", s.etag()).header("Last-Modified", java.util.Date.from(s.updatedAt()));
        if (Bodies.wantsYaml(headers)) {
            return builder.entity(ScenarioCodec.toYaml(s.document())).type(Bodies.YAML);
        }
        return builder.entity(ScenarioCodec.toJson(s.document())).type(MediaType.APPLICATION_JSON);
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
