package org.plenary.engine.model;

/**
 * An Executive Committee member who is not up for election: their country cannot win another seat,
 * and a sitting President or Vice-President blocks their region for the other top posts.
 */
public record SittingMember(String name, String country, PostKind kind, Region region) {
}
