/**
 * Exact answers for simple races: with independent delegations (shocks off), the votes of a two-candidate or
 * yes/no race follow a Poisson-binomial law computed by dynamic programming. Used by the API's "exact" method
 * and as the oracle of the Monte Carlo tests.
 */
package org.plenary.engine.exact;
