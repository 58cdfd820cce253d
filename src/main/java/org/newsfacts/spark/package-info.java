/**
 * {@code newsfacts-spark}: ingest as an Apache Spark job, for corpora one machine cannot take in
 * a day. The same {@code ArticleReader} and {@code FactExtractor} run inside Spark tasks (one
 * CoreNLP pipeline per executor JVM); each extraction task writes a Lucene shard of its own with
 * the same {@code FactIndexWriter}, and the driver merges the shards into one index that search,
 * report and serve open like any other. The facts also go to Parquet for later Spark stages.
 *
 * <p>Spark is a provided dependency: neither the {@code newsfacts} command's class path nor the
 * job jar carries it. Nothing outside this package refers to Spark.
 */
package org.newsfacts.spark;
