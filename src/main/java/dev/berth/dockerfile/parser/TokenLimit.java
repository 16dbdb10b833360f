package dev.berth.dockerfile.parser;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

/**
 * Passes a lexer's tokens on, and stops with {@link Reached} after {@code max} of them, so that the
 * parse tree of a huge Dockerfile is never built whole.
 */
final class TokenLimit implements TokenSource {
  /** The limit was crossed at the token starting at code point {@code index}. */
  static final class Reached extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int index;

    Reached(int index) {
      super(null, null, false, false);
      this.index = index;
    }

    int index() {
      return index;
    }
  }

  private final TokenSource source;
  private final int max;
  private int count;

  TokenLimit(TokenSource source, int max) {
    this.source = source;
    this.max = max;
  }

  @Override
  public Token nextToken() {
    Token t = source.nextToken();
    if (t.getType() != Token.EOF && ++count > max) {
      throw new Reached(Math.max(0, t.getStartIndex()));
    }
    return t;
  }

  @Override
  public int getLine() {
    return source.getLine();
  }

  @Override
  public int getCharPositionInLine() {
    return source.getCharPositionInLine();
  }

  @Override
  public CharStream getInputStream() {
    return source.getInputStream();
  }

  @Override
  public String getSourceName() {
    return source.getSourceName();
  }

  @Override
  public void setTokenFactory(TokenFactory<?> factory) {
    source.setTokenFactory(factory);
  }

  @Override
  public TokenFactory<?> getTokenFactory() {
    return source.getTokenFactory();
  }
}
