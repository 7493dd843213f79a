package org.plenary.engine.montecarlo;

/**
 * The distribution over trials of a candidate's vote share in one round (marks / non-blank ballots; 0 when off
 * the ballot that round), among the trials whose race reached that round. Percentiles come from a fixed
 * histogram of {@value Tally#SHARE_BINS} bins, interpolated within the bin.
 */
public record ShareSummary(String candidateId, double mean, double p05, double p50, double p95) {
}
