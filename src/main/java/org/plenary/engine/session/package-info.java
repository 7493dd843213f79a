/**
 * A General Assembly session: the posts elected in the scenario's order under the cross-post constraints
 * (13 different countries, four different regions for the President and Vice-Presidents, regional seats);
 * see {@link org.plenary.engine.session.SessionPlan}. Voting rights and presence are not decided here: the
 * {@link org.plenary.engine.session.ElectorateFactory} builds each race's electorate from the delegations
 * entitled to vote and present.
 */
package org.plenary.engine.session;
