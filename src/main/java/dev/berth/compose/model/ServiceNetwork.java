package dev.berth.compose.model;

import java.util.List;
import java.util.Optional;

/**
 * A network a service is attached to. {@code implicit} is true for the {@code default} network
 * Compose attaches a service to when it has neither {@code networks} nor {@code network_mode}; its
 * {@code name} then has the span of the service's name. {@code config} is the entry's value in the
 * mapping form (absent in the list form and for a null value). {@code node} names the network: the
 * list item or the mapping key (the service's key for the implicit {@code default}).
 */
public record ServiceNetwork(
    SpannedText name,
    boolean implicit,
    List<SpannedText> aliases,
    Optional<SpannedText> ipv4Address,
    Optional<SpannedText> ipv6Address,
    Optional<MapNode> config,
    Node node) {}
