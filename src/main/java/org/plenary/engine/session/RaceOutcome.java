package org.plenary.engine.session;

import java.util.List;

import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.Post;
import org.plenary.engine.rules.RaceResult;

/**
 * One post's race within a session.
 *
 * @param onBallot      the eligible candidates, in the index order used by {@code result}
 * @param result        the count; null when the race could not be held
 * @param elected       the winners, in order of election
 * @param skippedReason why the race was not held (null when it was)
 */
public record RaceOutcome(Post post, List<Candidate> onBallot, RaceResult result, List<Candidate> elected,
                          String skippedReason) {
    public RaceOutcome {
        onBallot = List.copyOf(onBallot);
        elected = List.copyOf(elected);
    }
}
