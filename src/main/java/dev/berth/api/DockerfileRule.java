package dev.berth.api;

/** A rule over one Dockerfile. */
public interface DockerfileRule extends Rule {
  void check(DockerfileContext ctx);
}
