package dev.berth.api;

/** A rule over a compose file together with the Dockerfiles its services build. */
public interface ProjectRule extends Rule {
  void check(ProjectContext ctx);
}
