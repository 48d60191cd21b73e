/**
 * Market model: published top-down forecasts, bottom-up demand derived from accelerator deployments
 * through the fabric model, adoption curves (Bass, logistic, Gompertz) and their least-squares fits,
 * price curves (Wright's law, annual decline), reconciliation of the two views, a seeded Monte Carlo
 * and one-at-a-time sensitivity. Pure: no I/O, no clock; every random draw comes from an explicit seed.
 */
package org.cpolens.model.market;
