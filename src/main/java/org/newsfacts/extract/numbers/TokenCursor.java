package org.newsfacts.extract.numbers;

import java.util.List;
import org.newsfacts.extract.numbers.QuantityTokenizer.Kind;
import org.newsfacts.extract.numbers.QuantityTokenizer.Token;

/** A position in a list of tokens; one per parse, never shared between threads. */
public final class TokenCursor {
  private final List<Token> tokens;
  private int position;

  TokenCursor(List<Token> tokens) {
    this.tokens = tokens;
  }

  List<Token> tokens() {
    return tokens;
  }

  int position() {
    return position;
  }

  void reset(int position) {
    this.position = position;
  }

  boolean atEnd() {
    return position >= tokens.size();
  }

  /** The token {@code ahead} places after the current one, or {@code null} past the end. */
  Token peek(int ahead) {
    int index = position + ahead;
    return index < tokens.size() ? tokens.get(index) : null;
  }

  Token current() {
    return peek(0);
  }

  void advance(int count) {
    position += count;
  }

  /** Whether the token {@code ahead} places on is the word or symbol {@code text}. */
  boolean isAt(int ahead, String text) {
    Token token = peek(ahead);
    return token != null && token.kind() != Kind.NUMBER && token.is(text);
  }

  /** Whether the token {@code ahead} places on is a word. */
  boolean isWordAt(int ahead) {
    Token token = peek(ahead);
    return token != null && token.kind() == Kind.WORD;
  }

  /** Whether the token {@code ahead} places on is a hyphen or dash. */
  boolean isDashAt(int ahead) {
    Token token = peek(ahead);
    return token != null
        && token.kind() == Kind.SYMBOL
        && (token.is("-") || token.is("–") || token.is("—"));
  }
}
