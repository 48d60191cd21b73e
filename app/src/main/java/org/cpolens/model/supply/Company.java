package org.cpolens.model.supply;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A company of the chain. {@code id} is the catalog's stable lower-case name; people look companies
 * up by id or ticker.
 *
 * @param parent the id of a parent company in the catalog (FIT and FII belong to Hon Hai)
 * @param roles  empty for parents and buyers
 */
public record Company(String id, Listing listing, String nameEn, String nameZh, Layer layer, Optional<String> parent,
                      List<Role> roles, List<Exposure> exposures, String note) {
    public Company {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(parent, "parent");
        roles = List.copyOf(roles);
        exposures = List.copyOf(exposures);
        note = note == null ? "" : note;
    }

    public String ticker() {
        return listing.ticker();
    }

    public Optional<Role> role(String component) {
        return roles.stream().filter(r -> r.component().equals(component)).findFirst();
    }

    /** "聯亞光電 LandMark Optoelectronics (3081)". */
    public String label() {
        return nameEn + " " + nameZh + " (" + listing.ticker() + ")";
    }
}
