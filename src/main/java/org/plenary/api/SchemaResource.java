package org.plenary.api;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.scenario.ScenarioSchema;

/** The JSON Schema every scenario is validated against. */
@Path("/api/schema")
@Tag(name = "Scenarios")
public class SchemaResource {

    @GET
    @Path("/scenario")
    @Produces({"application/schema+json", "application/json"})
    @Operation(summary = "The JSON Schema (draft 2020-12) of the scenario format",
            description = "Editors such as VS Code can use it to check a scenario file as you type.")
    public JsonNode scenario() {
        return ScenarioSchema.tree();
    }
}
