package org.plenary.engine.model;

/** Whether a campaign works for or against its target candidate. */
public enum Stance { SUPPORT, OPPOSE }
