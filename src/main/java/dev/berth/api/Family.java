package dev.berth.api;

/** Which files a rule looks at; also the folder of its document under {@code rules/}. */
public enum Family {
  DOCKERFILE("dockerfile"),
  COMPOSE("compose"),
  PROJECT("project");

  private final String dir;

  Family(String dir) {
    this.dir = dir;
  }

  public String dir() {
    return dir;
  }
}
