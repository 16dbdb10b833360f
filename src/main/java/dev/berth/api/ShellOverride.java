package dev.berth.api;

/**
 * A {@code # hadolint shell=NAME} comment on a line of a Dockerfile: from there on, ShellCheck
 * treats shell-form commands as written for {@code shell} (before the first FROM: in every stage;
 * after a FROM: in that stage and the stages built from it).
 */
public record ShellOverride(int line, String shell) {}
