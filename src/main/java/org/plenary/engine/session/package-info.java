/**
 * A General Assembly session: the posts elected in order under the cross-post constraints
 * (13 different countries, four different regions for the President and Vice-Presidents, regional seats,
 * voting rights and presence).
 */
package org.plenary.engine.session;
