/**
 * The one alert threshold. A match scoring at or above it is a hit: `tearline screen` reports it and
 * `--batch` writes verdict `hit`. Chosen on the development evaluation set so that names on no list
 * raise false hits on at most ~1 % of queries while list-name variants (typos, reordering, legal
 * forms, romanisation alternates) are flagged ≥ 95 % of the time; see bench/screen.ts.
 * Measured there at 0.8: variants flagged 0.979 (top-1 right 0.990), false hits 0.47 % of 642
 * negatives (0.76 % of the SEC company names, 0 % of the persons); 0.72 would double the false hits.
 * Scores are in [0, 1]; 1 is the same words with the same weights (see score.ts).
 */
export const alertThreshold = 0.8;

/** Weak aliases (low-quality a.k.a.) are broad by nature: their scores are scaled by this. */
export const weakAliasFactor = 0.92;
