package dev.berth.api;

/** A rule over one compose file. */
public interface ComposeRule extends Rule {
  void check(ComposeContext ctx);
}
