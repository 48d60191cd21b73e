/**
 * Market model: the accelerator fleet (platforms x shipments x each one's representative cluster) turned
 * into bottom-up CPO demand per optical layer (switch side, NIC side, scale-up; each with its own
 * adoption curve and launch year) from the evaluated bills of materials; values per Gb/s with learning,
 * in three value scopes (engines, + laser modules, whole system premium); published forecasts, each with
 * the scope it counts, set against the bottom-up of the same scope; the bridge from the single-fabric
 * figure; the hindcast of pluggable module demand; a seeded, thread-count independent Monte Carlo and
 * one-at-a-time sensitivity. Pure: no I/O, no clock; every random draw comes from an explicit seed.
 */
package org.cpolens.model.market;
