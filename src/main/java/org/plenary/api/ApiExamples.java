package org.plenary.api;

/** Realistic request bodies shown in the OpenAPI document (Swagger UI's "Try it out"). */
final class ApiExamples {

    private ApiExamples() {
    }

    static final String SCENARIO_JSON = """
            {
              "slug": "asia-delegates-2021-classroom",
              "title": "2021 Delegates for Asia, classroom version",
              "year": 2021,
              "description": "Two seats, three candidates, eight Asian delegations.",
              "assembly": {
                "defaultAttendance": 0.82,
                "delegations": [
                  {"code": "CHN", "name": "China", "region": "ASIA", "blocs": ["SCO", "BRICS"], "alignment": {"china": 1.0}},
                  {"code": "IND", "name": "India", "region": "ASIA", "blocs": ["SCO", "BRICS"]},
                  {"code": "SGP", "name": "Singapore", "region": "ASIA", "blocs": ["ASEAN"]},
                  {"code": "JPN", "name": "Japan", "region": "ASIA", "blocs": ["G7", "IPAC"], "alignment": {"china": -1.0}},
                  {"code": "PAK", "name": "Pakistan", "region": "ASIA", "blocs": ["SCO", "OIC"], "alignment": {"china": 1.0}},
                  {"code": "AUS", "name": "Australia", "region": "ASIA", "blocs": ["FIVE_EYES", "IPAC"], "alignment": {"china": -1.0}},
                  {"code": "IDN", "name": "Indonesia", "region": "ASIA", "blocs": ["ASEAN", "OIC"]},
                  {"code": "ARE", "name": "United Arab Emirates", "region": "ASIA", "blocs": ["ARAB_LEAGUE", "OIC"], "alignment": {"china": 0.8}}
                ]
              },
              "posts": [
                {"id": "delegate-asia", "title": "Delegate for Asia", "kind": "DELEGATE", "region": "ASIA", "seats": 2, "rule": "interpol-delegate"}
              ],
              "candidates": [
                {"id": "hu-binchen", "name": "Hu Binchen", "country": "CHN", "post": "delegate-asia"},
                {"id": "sinha", "name": "Praveen Sinha", "country": "IND", "post": "delegate-asia"},
                {"id": "candidate-sgp", "name": "Candidate of Singapore", "country": "SGP", "post": "delegate-asia", "placeholder": true}
              ],
              "campaigns": [
                {"id": "ipac-letter", "title": "IPAC open letter", "kind": "LEGISLATORS_LETTER", "signers": 50,
                 "signerCountries": ["JPN", "AUS"], "stance": "OPPOSE", "target": "hu-binchen",
                 "audience": {"signerCountries": true}, "daysBeforeVote": 10, "strength": 1.0, "enabled": true}
              ]
            }
            """;

    static final String FORK_YAML = """
            slug: interpol-2021-without-ipac
            title: "2021 Istanbul without the IPAC letter"
            year: 2021
            base: interpol-2021-istanbul
            patch:
              campaigns:
                - {id: ipac-letter, enabled: false}
            """;

    static final String CAMPAIGN_JSON = """
            {"id": "ipac-letter", "title": "IPAC open letter", "kind": "LEGISLATORS_LETTER", "signers": 50,
             "signerCountries": ["JPN", "AUS"], "stance": "OPPOSE", "target": "hu-binchen",
             "audience": {"signerCountries": true}, "daysBeforeVote": 10, "strength": 1.0, "enabled": false}
            """;
}
