package org.plenary.engine.model;

/** What kind of pressure a campaign is; each kind has its own receptiveness in the model parameters. */
public enum CampaignKind {
    LEGISLATORS_LETTER, CIVIL_SOCIETY_STATEMENT, NGO_REPORT, GOVERNMENT_DEMARCHE, MEDIA_CAMPAIGN, COUNTER_LOBBYING
}
