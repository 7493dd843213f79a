/** Immutable scenario data the engine works on; no framework types. */
package org.plenary.engine.model;
