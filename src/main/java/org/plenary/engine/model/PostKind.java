package org.plenary.engine.model;

/** The three kinds of Executive Committee seat. */
public enum PostKind { PRESIDENT, VICE_PRESIDENT, DELEGATE }
