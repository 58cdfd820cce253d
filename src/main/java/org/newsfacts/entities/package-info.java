/**
 * Archive-wide entities: the people, places and organisations of every article merged into one
 * entity each ("Reagan" in one article and "Ronald Reagan" in forty are one person), with their
 * aliases, counts, dates and, for places, coordinates. {@link org.newsfacts.entities.EntityMerger}
 * applies the merging rules, {@link org.newsfacts.entities.EntityStore} keeps the table beside the
 * index, recomputed at the end of each ingest.
 */
package org.newsfacts.entities;
