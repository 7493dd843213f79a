package org.plenary.engine.behaviour;

/**
 * The named parts of a delegation's baseline utility V for one candidate, each already multiplied by its weight.
 *
 * @param appeal    the candidate's own appeal
 * @param alignment dot product of the delegation's alignment axes with the candidate's camp
 * @param region    regional solidarity (candidate from the delegation's region)
 * @param blocs     blocs the delegation shares with the candidate's country
 * @param pledge    the delegation's public pledge for the candidate
 * @param home      the candidate is from the delegation's own country
 */
public record BaselineTerms(double appeal, double alignment, double region, double blocs, double pledge, double home) {

    public double total() {
        return appeal + alignment + region + blocs + pledge + home;
    }
}
