package org.newsfacts.source;

/** A file or entry that cannot give an article; carries the two halves of the error line. */
final class ReadFailure extends Exception {
  private static final long serialVersionUID = 1L;
  private final String what;

  ReadFailure(String what, String why) {
    super(why);
    this.what = what;
  }

  /** What failed, e.g. {@code could not parse}. */
  String what() {
    return what;
  }

  /** Why, in a few words. */
  String why() {
    return getMessage();
  }
}
