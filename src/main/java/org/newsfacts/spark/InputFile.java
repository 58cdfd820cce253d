package org.newsfacts.spark;

import java.io.Serializable;

/**
 * One file to read.
 *
 * @param index its place in the listing of all inputs
 * @param path as {@code ingest} would name it (the sources of its articles start with it)
 * @param jsonLines whether it is read line by line (Spark splits it between tasks)
 * @param local whether it is on the local file system, read directly like {@code ingest} reads
 *     it, rather than through Hadoop's file system API (HDFS, S3, ...)
 */
record InputFile(int index, String path, boolean jsonLines, boolean local) implements Serializable {}
