package dev.berth.compose.model;

import java.util.Optional;

/**
 * An {@code env_file} entry: a path (relative to the compose file's folder), whether it must exist
 * (long syntax {@code required: false} says no), and its {@code format} when given.
 */
public record EnvFile(
    SpannedText path, boolean required, Optional<SpannedText> format, Node node) {}
