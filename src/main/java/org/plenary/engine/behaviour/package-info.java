/**
 * The behavioural model: how much each delegation likes each candidate (a baseline affinity plus the campaigns in
 * force) and how that utility turns into a ballot (logit / Plackett-Luce choice with an outside option). Everything
 * here is deterministic; the random draws live in the Monte Carlo engine. See docs/model.md.
 */
package org.plenary.engine.behaviour;
