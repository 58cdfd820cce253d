/**
 * {@code newsfacts serve}: a REST API and web pages over one index, in one embedded Javalin
 * (Jetty) server. The server is one more caller of the search, index, report and pipeline code,
 * like the command line: {@link org.newsfacts.serve.LiveIndex} keeps the one index writer and a
 * reader that is reopened after every commit, {@link org.newsfacts.serve.ArticleUploads} runs an
 * uploaded file through the same reading and extraction as {@code ingest}, and the pages under
 * {@code resources/org/newsfacts/serve/web} are plain HTML, CSS and JavaScript (no build step).
 */
package org.newsfacts.serve;
