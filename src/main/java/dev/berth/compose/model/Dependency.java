package dev.berth.compose.model;

import java.util.Optional;

/**
 * An edge of the service dependency graph, as compose-go builds it: an explicit {@code depends_on}
 * entry, or one Compose adds on its own for {@code links}, {@code volumes_from} (not {@code
 * container:}) and {@code network_mode}/{@code ipc}/{@code pid}/{@code uts}/{@code cgroup} values
 * {@code service:x}. {@code service} is the target's name where it is written; {@code condition} is
 * {@code service_started} unless the long syntax says otherwise ({@code conditionText} is where it
 * says so); implicit edges are required and restart (except {@code volumes_from}).
 */
public record Dependency(
    SpannedText service,
    Via via,
    String condition,
    Optional<SpannedText> conditionText,
    boolean required,
    boolean restart,
    Node node) {

  public static final String SERVICE_STARTED = "service_started";
  public static final String SERVICE_HEALTHY = "service_healthy";
  public static final String SERVICE_COMPLETED = "service_completed_successfully";

  /** The field that made the edge. */
  public enum Via {
    DEPENDS_ON("depends_on"),
    LINKS("links"),
    VOLUMES_FROM("volumes_from"),
    NETWORK_MODE("network_mode"),
    IPC("ipc"),
    PID("pid"),
    UTS("uts"),
    CGROUP("cgroup");

    private final String key;

    Via(String key) {
      this.key = key;
    }

    /** The service key the edge is written under. */
    public String key() {
      return key;
    }
  }

  public boolean explicit() {
    return via == Via.DEPENDS_ON;
  }
}
