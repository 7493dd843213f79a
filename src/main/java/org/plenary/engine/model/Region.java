package org.plenary.engine.model;

/** The four regions the Interpol Executive Committee uses for its geographical distribution. */
public enum Region { AFRICA, AMERICAS, ASIA, EUROPE }
