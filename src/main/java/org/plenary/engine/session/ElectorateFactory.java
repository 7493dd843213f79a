package org.plenary.engine.session;

import java.util.List;
import java.util.random.RandomGenerator;

import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.Post;
import org.plenary.engine.rules.Electorate;
import org.plenary.engine.rules.RaceResult;

/**
 * Makes the electorate of one race of a session, once the session knows which candidates are still
 * eligible for it (a country that already won a seat is out). Candidate index i in the returned
 * electorate is {@code onBallot.get(i)}.
 */
public interface ElectorateFactory {
    Electorate forRace(Post post, List<Candidate> onBallot);

    /**
     * The same, with positions a caller can index arrays by instead of hashing ids: {@code postIndex} is the post's
     * position in the scenario's posts and {@code candidateIndices[i]} the position of {@code onBallot.get(i)} in
     * the scenario's candidates. The array may be shared between races and trials: read it, never write to it.
     */
    default Electorate forRace(Post post, List<Candidate> onBallot, int postIndex, int[] candidateIndices) {
        return forRace(post, onBallot);
    }

    /**
     * Asked before each race is counted: a result this factory already knows the race would have, or null (then the
     * race is counted). A factory that answers must leave {@code lots} as counting the race would have left it.
     * Monte Carlo arms use it to take a race unchanged from the baseline arm instead of counting it again.
     */
    default RaceResult knownResult(Post post, int postIndex, int[] candidateIndices, RandomGenerator lots) {
        return null;
    }

    /** Told after each race that was counted, with its result and the lots as the count left them. */
    default void counted(int postIndex, RaceResult result, RandomGenerator lots) {
    }
}
