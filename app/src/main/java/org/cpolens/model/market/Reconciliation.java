package org.cpolens.model.market;

/**
 * "What must you believe": a top-down source's figure turned into the units and accelerator volume it
 * implies at the bottom-up price and fabric, next to the bottom-up figures.
 *
 * @param topDownRevenueUsd            the source's revenue (port sources: ports x bottom-up ASP)
 * @param impliedPorts                 CPO ports that revenue buys at the bottom-up ASP (port sources: as stated)
 * @param impliedCpoAccelerators       accelerators whose fabrics those ports serve
 * @param impliedShare                 CPO share of switch-side ports needed at bottom-up deployments (may exceed 1)
 * @param impliedDeployments           accelerators that must be deployed that year at the bottom-up share
 * @param impliedPortsPerAccelerator   CPO ports each CPO-adopting accelerator would need at bottom-up deployments
 *                                     and share (compare with the fabric's ports per accelerator)
 * @param ratio                        top-down over bottom-up revenue
 */
public record Reconciliation(String sourceId, String sourceName, Metric metric, String scope, int year,
                             double topDownRevenueUsd, double impliedPorts, double impliedCpoAccelerators,
                             double impliedShare, double impliedDeployments, double impliedPortsPerAccelerator,
                             double fabricPortsPerAccelerator, double aspUsdPerPort,
                             double bottomUpRevenueUsd, double bottomUpPorts, double bottomUpShare,
                             double bottomUpDeployments, double ratio) {
}
