package org.newsfacts.spark;

import java.io.Serializable;

/**
 * What one extraction task did.
 *
 * @param partition the partition it worked on
 * @param shard where it left its index shard (a local path or a Hadoop URI)
 * @param extracted articles extracted and indexed
 * @param failed articles whose extraction failed or that could not be stored
 * @param facts facts extracted
 */
record ShardSummary(int partition, String shard, long extracted, long failed, long facts)
    implements Serializable {}
