package org.cpolens.model.market;

/**
 * The focus year's headline value with one platform held at one of its conflicting readings (the
 * others at their weighted mean): how much the unsettled question moves the answer.
 */
public record ReadingImpact(String platform, String reading, String scenario, double weight, double valueUsd) {
}
