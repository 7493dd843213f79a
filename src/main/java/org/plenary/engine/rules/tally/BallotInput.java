package org.plenary.engine.rules.tally;

import java.util.List;

/**
 * A group of identical ballots as a request spells them: names, not indices.
 *
 * @param ranking names, most preferred first; empty or null is a blank ballot
 * @param approve names approved, for approval voting; empty or null approves no one
 * @param count   how many voters cast this ballot
 * @param no      an explicit "no" in a yes/no vote on a lone candidate (then ranking and approve must be empty);
 *                a ballot ranking only other names is also a "no" in such a vote, an empty one an abstention
 */
public record BallotInput(List<String> ranking, List<String> approve, long count, boolean no) {

    public BallotInput(List<String> ranking, List<String> approve, long count) {
        this(ranking, approve, count, false);
    }
}
