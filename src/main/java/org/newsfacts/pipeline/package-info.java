/**
 * Runs the stages over a batch: reads articles from paths, extracts facts on every core, hands
 * the results on in input order, and keeps count of what worked and what failed. One bad article
 * is reported ({@code path: what failed: why}) and counted; it never stops the batch, and
 * {@link org.newsfacts.pipeline.ExtractionLimits} keep one long or stuck article from stalling it.
 */
package org.newsfacts.pipeline;
