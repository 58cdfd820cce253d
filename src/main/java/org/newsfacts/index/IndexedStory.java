package org.newsfacts.index;

/**
 * An article the index held when its writer opened, with its story's MinHash signature.
 *
 * @param id the article's id
 * @param source where it was read from
 * @param minHashes the signature its ingest stored
 */
public record IndexedStory(String id, String source, int[] minHashes) {}
