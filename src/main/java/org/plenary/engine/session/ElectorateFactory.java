package org.plenary.engine.session;

import java.util.List;

import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.Post;
import org.plenary.engine.rules.Electorate;

/**
 * Makes the electorate of one race of a session, once the session knows which candidates are still
 * eligible for it (a country that already won a seat is out). Candidate index i in the returned
 * electorate is {@code onBallot.get(i)}.
 */
public interface ElectorateFactory {
    Electorate forRace(Post post, List<Candidate> onBallot);
}
