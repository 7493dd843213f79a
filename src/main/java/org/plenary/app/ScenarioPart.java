package org.plenary.app;

/** The lists inside a scenario that can be read and edited one item at a time. */
public enum ScenarioPart {
    DELEGATIONS("assembly.delegations", "code", "delegation"),
    CANDIDATES("candidates", "id", "candidate"),
    CAMPAIGNS("campaigns", "id", "campaign");

    /** Dotted path of the list in the document. */
    public final String path;
    /** The field that identifies an item. */
    public final String key;
    /** A word for messages. */
    public final String noun;

    ScenarioPart(String path, String key, String noun) {
        this.path = path;
        this.key = key;
        this.noun = noun;
    }
}
