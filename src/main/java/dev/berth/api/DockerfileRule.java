package dev.berth.api;

import java.util.Optional;

/** A rule over one Dockerfile. */
public interface DockerfileRule extends Rule {
  void check(DockerfileContext ctx);

  /**
   * Starts the slow part of this rule's check, such as an external program, on another thread or
   * process, so that it runs beside the other rules. The engine calls it once per file, as soon as
   * the model is ready and before any rule checks the file; when it returns a {@link Started}, the
   * engine does not call {@link #check} for that file but {@link Started#finish} once the other
   * rules have checked it, possibly later and on another thread. The work must not use the context
   * until then, apart from what it read from it within this call. The default starts nothing.
   */
  default Optional<Started> start(DockerfileContext ctx) {
    return Optional.empty();
  }

  /** Work a rule started for one file; see {@link DockerfileRule#start}. */
  interface Started {
    /** Waits for the work if need be and reports its findings to the context it was started on. */
    void finish();

    /**
     * Called instead of {@link #finish} when the run is called off (a served run whose client went
     * away): nobody will read the findings, so the work may stop. The default does nothing.
     */
    default void cancel() {}
  }
}
