package org.plenary.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.app.UserService;

/** Users, for admins: create one, give one a new password. */
@Path("/api/admin/users")
@Tag(name = "Admin", description = "Users and roles (admins only)")
@RolesAllowed("admin")
public class AdminResource {

    @Inject
    UserService users;

    public record NewUser(@Schema(examples = "alice") String username,
                          @Schema(description = "12 characters to 72 bytes") String password,
                          @Schema(description = "viewer, analyst or admin", examples = "analyst") String role) {
    }

    public record NewPassword(@Schema(description = "12 characters to 72 bytes") String password) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the users and their roles")
    public List<UserService.UserView> list() {
        return users.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid name, password or role")
    @APIResponse(responseCode = "409", description = "The name is taken")
    public Response create(NewUser body) {
        if (body == null) {
            throw Problems.badField("body", "body", "a JSON object with username, password and role");
        }
        UserService.UserView user = users.create(body.username(), body.password(), body.role());
        return Response.created(URI.create("/api/admin/users/" + user.username())).entity(user).build();
    }

    @PUT
    @Path("/{name}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a user's password")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such user")
    public Response resetPassword(@PathParam("name") String name, NewPassword body) {
        if (body == null) {
            throw Problems.badField("body", "body", "a JSON object with password");
        }
        users.resetPassword(name, body.password());
        return Response.noContent().build();
    }
}
