package dev.berth.compose.project;

import dev.berth.compose.model.ListOrMapEntry;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.dockerfile.model.Dockerfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a service builds: its {@code build} node (merged, each part keeping the file it is written
 * in), the context and Dockerfile as written and as found on disk, the target and the build args,
 * and the parsed Dockerfile, or the reason there is none ({@link #status()}).
 *
 * @param context the context as written ({@code .} when not written)
 * @param contextNode the scalar that sets it, when one does
 * @param contextDirectory the local folder it names (absent for a remote context)
 * @param dockerfile the Dockerfile name as written ({@code Dockerfile} when not written)
 * @param dockerfileNode the scalar that sets it, when one does
 * @param dockerfilePath the file on disk, for a local context
 * @param parsed the parsed Dockerfile, when {@code status} is {@link Status#FOUND} or {@link
 *     Status#INLINE}
 */
public record ServiceBuild(
    String service,
    Node node,
    String context,
    Optional<ScalarNode> contextNode,
    Optional<Path> contextDirectory,
    String dockerfile,
    Optional<ScalarNode> dockerfileNode,
    Optional<Path> dockerfilePath,
    Optional<ScalarNode> target,
    List<BuildArg> args,
    Status status,
    Optional<Dockerfile> parsed) {

  /** Why a service's Dockerfile is, or is not, there to check. */
  public enum Status {
    /** Read and parsed from the context. */
    FOUND,
    /** Written in the compose file ({@code dockerfile_inline}). */
    INLINE,
    /** The context is a git repository or a URL: berth does not fetch it. */
    REMOTE,
    /** The context folder does not exist. */
    NO_CONTEXT,
    /** The context exists but the Dockerfile in it does not. */
    NO_DOCKERFILE,
    /** The Dockerfile is larger than the file size limit. */
    TOO_LARGE,
    /** The Dockerfile could not be read. */
    UNREADABLE
  }

  /**
   * One {@code build.args} entry, as the typed view reads it: {@code arg.node()} (the list item, or
   * the mapping's value) tells the file it is written in, {@code arg.key().span()} where its name
   * is in that file.
   */
  public record BuildArg(ListOrMapEntry arg) {
    public String name() {
      return arg.key().value();
    }
  }

  public ServiceBuild {
    args = List.copyOf(args);
  }
}
