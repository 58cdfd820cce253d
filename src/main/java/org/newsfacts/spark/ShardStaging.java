package org.newsfacts.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * The folder where extraction tasks leave their index shards for the driver to merge: a local
 * folder (local mode, or a folder every node mounts) or any Hadoop file system (HDFS, S3), in
 * which case each task builds its shard on its own disk and copies it up, and the driver copies
 * the shards down before merging them.
 */
final class ShardStaging {
  private ShardStaging() {}

  /**
   * The folder of one task attempt's shard: attempt-unique, so a retried or speculative attempt
   * never writes into a shard another attempt is writing or has written.
   */
  static String shardName(int partition, long taskAttemptId) {
    return String.format("shard-%05d-attempt-%d", partition, taskAttemptId);
  }

  static boolean isLocal(String staging, Configuration hadoop) throws IOException {
    return InputListing.isLocal(staging, hadoop);
  }

  /** Copies a finished local shard to {@code target} on a Hadoop file system. */
  static void upload(Path local, String target, Configuration hadoop) throws IOException {
    org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(target);
    FileSystem fs = remote.getFileSystem(hadoop);
    fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(local.toUri()), remote);
  }

  /** Copies a shard from a Hadoop file system into the local folder {@code into}. */
  static Path download(String shard, Path into, Configuration hadoop) throws IOException {
    org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(shard);
    Path local = into.resolve(remote.getName());
    Files.createDirectories(into);
    remote.getFileSystem(hadoop)
        .copyToLocalFile(false, remote, new org.apache.hadoop.fs.Path(local.toUri()), true);
    return local;
  }

  /** Removes the staging folder and everything in it. */
  static void delete(String staging, Configuration hadoop) throws IOException {
    if (isLocal(staging, hadoop)) {
      LocalFolders.deleteQuietly(Path.of(InputListing.localPath(staging)));
    } else {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(staging);
      path.getFileSystem(hadoop).delete(path, true);
    }
  }
}
