package org.plenary.api;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.app.PlenaryConfig;
import org.plenary.app.access.Caller;

/** Who the caller is: the page checks its Basic credentials here. */
@Path("/api/me")
@Tag(name = "Admin")
public class MeResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    PlenaryConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in user and roles, or {\"anonymous\": true}",
            description = "Wrong credentials get 401; no credentials get 200 with anonymous true.")
    public Map<String, Object> me() {
        Caller caller = Caller.of(identity);
        Map<String, Object> out = new LinkedHashMap<>();
        if (caller.isAnonymous()) {
            out.put("anonymous", true);
        } else {
            out.put("anonymous", false);
            out.put("username", caller.name());
            out.put("roles", identity.getRoles().stream().sorted().toList());
        }
        out.put("maxTrials", Limits.maxTrials(config, caller));
        return out;
    }
}
