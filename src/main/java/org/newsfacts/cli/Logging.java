package org.newsfacts.cli;

import java.util.Arrays;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Routes every library's logging (Tika's Log4j and commons-logging, CoreNLP's Redwood, PDFBox's
 * java.util.logging) to one SLF4J backend that writes to stderr, so stdout carries only results.
 * Quiet (warnings and errors) unless {@code --verbose}.
 */
public final class Logging {
  private static volatile boolean verbose;

  private Logging() {}

  /** Must run before any library creates a logger: slf4j-simple reads these once. */
  public static void configure(String... args) {
    verbose = Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
    System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
    System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
    if (!verbose) {
      // Tika warns once per file about optional parsers it cannot load; not actionable here.
      System.setProperty("org.slf4j.simpleLogger.log.org.apache.tika", "error");
      System.setProperty("org.slf4j.simpleLogger.log.org.apache.pdfbox", "error");
      System.setProperty("org.slf4j.simpleLogger.log.org.apache.fontbox", "error");
      System.setProperty("org.slf4j.simpleLogger.log.org.apache.poi", "error");
    }
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
  }

  public static boolean verbose() {
    return verbose;
  }
}
