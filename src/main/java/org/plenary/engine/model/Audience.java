package org.plenary.engine.model;

import java.util.List;

/**
 * Who a campaign reaches directly. The union of all parts counts.
 *
 * @param everyone       all member delegations
 * @param signerCountries the governments of the signers' own countries (a legislators' letter "to their own governments")
 */
public record Audience(boolean everyone, boolean signerCountries, List<String> delegations, List<Region> regions,
                       List<String> blocs) {
    public Audience {
        delegations = List.copyOf(delegations);
        regions = List.copyOf(regions);
        blocs = List.copyOf(blocs);
    }
}
