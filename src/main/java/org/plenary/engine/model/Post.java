package org.plenary.engine.model;

import org.plenary.engine.rules.RuleSpec;

/**
 * A post up for election in this session.
 *
 * @param id     stable identifier used by candidates and requests (e.g. "delegate-asia")
 * @param region the region the seat belongs to; null for the President
 * @param seats  number of seats filled by this race (2 for "Delegates for Asia" in 2021)
 * @param rule   the counting rule for this post
 */
public record Post(String id, String title, PostKind kind, Region region, int seats, RuleSpec rule) {
}
