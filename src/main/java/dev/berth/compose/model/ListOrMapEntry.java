package dev.berth.compose.model;

import java.util.Optional;

/**
 * One entry of a list-or-map value ({@code environment}, {@code labels}, {@code build.args}, {@code
 * build.additional_contexts}...): {@code KEY=VALUE} in a list and {@code KEY: VALUE} in a mapping
 * alike. {@code value} is empty for {@code KEY} alone in a list and for a null in a mapping; {@code
 * node} is the list item, or the mapping's value (its key for a null value).
 */
public record ListOrMapEntry(SpannedText key, Optional<SpannedText> value, Node node) {}
