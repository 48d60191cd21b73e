package org.cpolens.model.eval;

/**
 * One line of a bill of materials: the optics of one tier (or of the NIC side) with one
 * architecture. Counts are whole numbers held as doubles, as the evaluation kernel gives them.
 *
 * @param layer          switch side or NIC side
 * @param tier           leaf, spine, core, or host
 * @param architectureId the architecture at these ends (the baseline's on the NIC side of CPO)
 * @param pluggable      the ends are field-replaceable modules (hot-swappable); otherwise ports of
 *                       co-packaged engines that are repaired with their switch
 * @param ends           optical ends (ports or modules)
 * @param engines        optical engines (a pluggable module is one engine)
 * @param lasers         laser diodes
 * @param laserModules   external laser source modules (0 where lasers sit inside)
 * @param faus           fiber array units
 * @param opticsW        optics power of these ends
 * @param laserW         the part of {@code opticsW} spent in external laser sources
 * @param capexUsd       optics price of these ends
 */
public record BomLine(OpticsLayer layer, String tier, String architectureId, boolean pluggable, long ends, double engines,
                      double lasers, double laserModules, double faus, double opticsW, double laserW, double capexUsd) {
}
