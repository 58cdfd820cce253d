package org.newsfacts.extract.names;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of names in running text ("Spotify, Tesla and Snapchat"): the items from a position on,
 * each matched by one pattern and joined to the next by another, up to the first stretch that is
 * no item or no joint. The rules that know what a list names (after "companies such as", after
 * "rivals") walk it here and decide about each item themselves.
 */
final class ListedNames {
  /** Takes one item of the list, the text at [start, end). */
  interface Item {
    void at(int start, int end);
  }

  private ListedNames() {}

  /**
   * Gives {@code each} the items listed from {@code from} on. An item is read within {@code
   * longestItem} characters and a joint within {@code longestJoint}, so a pattern never runs on
   * through a whole article.
   */
  static void walk(String text, int from, Pattern item, int longestItem, Pattern joint, int longestJoint, Item each) {
    int at = from;
    while (at < text.length()) {
      Matcher name = item.matcher(text).region(at, within(text, at, longestItem));
      if (!name.lookingAt()) {
        return;
      }
      each.at(name.start(), name.end());
      Matcher next = joint.matcher(text).region(name.end(), within(text, name.end(), longestJoint));
      if (!next.lookingAt()) {
        return;
      }
      at = next.end();
    }
  }

  private static int within(String text, int at, int longest) {
    return longest >= text.length() - at ? text.length() : at + longest;
  }
}
