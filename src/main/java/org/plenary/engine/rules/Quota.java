package org.plenary.engine.rules;

/** What a threshold's base amounts to in one round. */
final class Quota {

    private Quota() {
    }

    /**
     * @param cast  votes cast for candidates (non-blank ballots; yes + no in a yes/no vote)
     * @param blank blank ballots (abstentions in a yes/no vote), in the base only when the rule says so
     */
    static int base(RuleSpec.Threshold t, RuleSpec rule, Electorate electorate, int cast, int blank) {
        return switch (t.base()) {
            case VOTES_CAST -> rule.blanksInBase() ? cast + blank : cast;
            case MEMBERS_PRESENT -> electorate.present();
            case ALL_MEMBERS -> electorate.members();
        };
    }
}
