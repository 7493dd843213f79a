/**
 * The Monte Carlo engine: whole General Assembly sessions simulated trial after trial under the behavioural model,
 * seeded and reproducible whatever the number of threads, aggregated as it goes, with what-if arms run on common
 * random numbers. See docs/model.md.
 */
package org.plenary.engine.montecarlo;
