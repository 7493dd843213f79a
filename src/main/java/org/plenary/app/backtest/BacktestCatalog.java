package org.plenary.app.backtest;

import java.util.List;

/** The historical contested races and the figures published about them (sources in the scenario files). */
final class BacktestCatalog {

    private BacktestCatalog() {
    }

    static final List<HistoricalRace> RACES = List.of(
            new HistoricalRace("interpol-2016-bali", "president", "2016 President", List.of("meng-hongwei"), 1,
                    123.0 / 151.0, "Meng Hongwei 123, Sebastian Ndeitunga 28 (New Era, 14 Nov 2016); 164 members present"),
            new HistoricalRace("interpol-2016-bali", "vice-president-europe", "2016 Vice-President for Europe",
                    List.of("prokopchuk"), 1, 127.0 / 137.0,
                    "Alexander Prokopchuk, sole candidate: 127 for, 10 against, 8 abstentions (Interpol, 2016)"),
            new HistoricalRace("interpol-2018-dubai", "president", "2018 President", List.of("kim-jong-yang"), 3,
                    101.0 / 162.0, "Kim Jong Yang beat the favourite Alexander Prokopchuk, 101-61 (BBC) or 98-64 "
                            + "(The National) in the deciding round, below two-thirds: round 3"),
            new HistoricalRace("interpol-2021-istanbul", "president", "2021 President", List.of("al-raisi"), 3, 0.689,
                    "Ahmed Naser Al-Raisi elected in round 3 with 68.9 % of the votes cast (Interpol, 25 Nov 2021)"),
            new HistoricalRace("interpol-2021-istanbul", "vice-president-africa", "2021 Vice-President for Africa",
                    List.of("garba-baba-umar"), 1, 140.0 / 150.0,
                    "Garba Baba Umar, 140 of 150 votes (Nigerian Police, Nov 2021)"),
            new HistoricalRace("interpol-2021-istanbul", "delegate-asia", "2021 Delegates for Asia",
                    List.of("hu-binchen", "sinha"), 0, Double.NaN,
                    "Hu Binchen (China) and Praveen Sinha (India) elected, Singapore's candidate lost; no counts published"));
}
