package org.plenary.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.app.backtest.BacktestReport;
import org.plenary.app.backtest.BacktestService;

/** The model against history: the bundled 2016, 2018 and 2021 races with default parameters and seed. */
@Path("/api/backtest")
@Tag(name = "Backtest", description = "How well the model's defaults reproduce the real elections")
public class BacktestResource {

    @Inject
    BacktestService backtest;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Each historical contested race: the real winner, the model's probability for them, the "
            + "published figures beside the simulated ones, and the campaign checks",
            description = "Computed with the default model parameters and seed " + BacktestService.SEED + " ("
                    + BacktestService.TRIALS + " trials per scenario); the first call takes a few seconds, later "
                    + "calls are served from memory until a scenario changes.")
    public BacktestReport report() {
        return backtest.report();
    }
}
