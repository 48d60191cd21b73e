package org.cpolens.model.supply;

/**
 * A vertex of the supply graph: a component or a company.
 *
 * @param id   "component:fau" or "company:foci"
 * @param key  the component word or company id
 */
public record SupplyNode(String id, Kind kind, String key, String nameEn, String nameZh, Layer layer) {
    public enum Kind { COMPONENT, COMPANY }

    static SupplyNode of(Component c) {
        return new SupplyNode("component:" + c.id(), Kind.COMPONENT, c.id(), c.nameEn(), c.nameZh(), c.layer());
    }

    static SupplyNode of(Company c) {
        return new SupplyNode("company:" + c.id(), Kind.COMPANY, c.id(), c.nameEn(), c.nameZh(), c.layer());
    }
}
