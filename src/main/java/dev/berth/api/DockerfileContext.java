package dev.berth.api;

import dev.berth.dockerfile.model.Dockerfile;

/** The context of a {@link DockerfileRule}: the parsed file. */
public interface DockerfileContext extends RuleContext {
  Dockerfile model();
}
