package org.newsfacts.search;

import java.util.Locale;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;

/**
 * Says in one line what is wrong with a query the parser refused, in the user's terms ("'(' is
 * not closed", "'AND' at the end needs a word after it"), instead of the parser's grammar dump
 * ("Encountered <EOF> at line 1, column 12. Was expecting one of: <NOT> ... '+' ...").
 */
final class QueryErrorMessage {
  private QueryErrorMessage() {}

  static String of(String query, ParseException e) {
    String problem = problem(query, e);
    return "'" + oneLine(query) + "': " + problem;
  }

  private static String problem(String query, ParseException e) {
    Throwable cause = e.getCause();
    if (cause instanceof TokenMgrError) {
      return lexical(query);
    }
    ParseException grammar = cause instanceof ParseException inner ? inner : e;
    if (grammar.currentToken == null || grammar.currentToken.next == null) {
      // One of our own messages (an unknown field, a date that is no date) under the parser's
      // "Cannot parse '...': " prefix.
      String message = cause != null && cause.getMessage() != null ? cause.getMessage() : e.getMessage();
      return withoutPrefix(oneLine(message));
    }
    Token unexpected = grammar.currentToken.next;
    if (unexpected.kind == QueryParserConstants.EOF) {
      return atTheEnd(query, grammar.currentToken);
    }
    String what = unexpected.image;
    String where = " at character " + (unexpected.beginColumn + 1); // the parser counts from 0
    if (")".equals(what) && count(query, '(') < count(query, ')')) {
      return "')'" + where + " has no '(' before it";
    }
    if (isOperator(what)) {
      return "'" + what + "'" + where + " needs a word before it";
    }
    return "unexpected '" + what + "'" + where + operatorHint(grammar.currentToken);
  }

  private static String atTheEnd(String query, Token last) {
    if (count(query, '(') > count(query, ')')) {
      return "'(' is not closed";
    }
    if (count(query, '[') + count(query, '{') > count(query, ']') + count(query, '}')) {
      return "a range ('[' or '{') is not closed";
    }
    String image = last == null || last.image == null ? "" : last.image;
    if (isOperator(image)) {
      return "'" + image + "' at the end needs a word after it";
    }
    if (image.equals(":")) {
      return "'" + fieldBefore(query, last.beginColumn) + "' needs a value after it";
    }
    if (image.equals("^")) {
      return "'^' at the end needs a number after it (a boost)";
    }
    return "the query ends too soon";
  }

  // "person" in "troops person:" for the colon at colonAt.
  private static String fieldBefore(String query, int colonAt) {
    int end = Math.min(colonAt + 1, query.length());
    int start = end - 1;
    while (start > 0 && !Character.isWhitespace(query.charAt(start - 1)) && query.charAt(start - 1) != '(') {
      start--;
    }
    return query.substring(Math.max(0, start), end);
  }

  // The tokenizer stops at an unclosed quote or a lone backslash at the end.
  private static String lexical(String query) {
    if (count(query, '"') % 2 == 1) {
      return "a quote (\") is not closed";
    }
    if (query.endsWith("\\")) {
      return "a backslash at the end escapes nothing";
    }
    return "cannot read the query (put words with special characters in quotes)";
  }

  private static String operatorHint(Token before) {
    return before != null && before.image != null && before.image.endsWith(":")
        ? " after '" + before.image + "' (put a value with special characters in quotes)"
        : "";
  }

  private static boolean isOperator(String image) {
    String upper = image == null ? "" : image.toUpperCase(Locale.ROOT);
    return image != null
        && (image.equals(upper) && (upper.equals("AND") || upper.equals("OR") || upper.equals("NOT"))
            || image.equals("&&") || image.equals("||") || image.equals("+") || image.equals("-")
            || image.equals("!"));
  }

  private static int count(String text, char c) {
    int n = 0;
    boolean escaped = false;
    for (int i = 0; i < text.length(); i++) {
      char at = text.charAt(i);
      if (!escaped && at == c) {
        n++;
      }
      escaped = !escaped && at == '\\';
    }
    return n;
  }

  private static String withoutPrefix(String message) {
    if (message.startsWith("Cannot parse '")) {
      int end = message.indexOf("': ");
      return end < 0 ? message : message.substring(end + 3);
    }
    return message;
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }
}
