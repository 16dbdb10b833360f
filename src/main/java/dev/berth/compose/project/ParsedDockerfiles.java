package dev.berth.compose.project;

import dev.berth.core.SourceText;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.parser.DockerfileParsing;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The Dockerfiles the services of a run's projects build, parsed once: a Dockerfile that several
 * compose files build is parsed for the first and reused by the others. An entry is keyed by the
 * file's path and the name it is reported under (the model's source carries the name), and is used
 * only when the bytes read now are the bytes it was parsed from. Thread-safe; the models are
 * immutable. Keeps at most {@link #MAX_BYTES} bytes of sources, then parses without keeping.
 */
public final class ParsedDockerfiles {
  /** The most source bytes kept: a bound on the memory a run over many Dockerfiles holds. */
  static final long MAX_BYTES = 32L << 20;

  private record Key(Path path, String name) {
    // Written out: the record's own equals and hashCode bootstrap on first use (cold JVM).
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && path.equals(k.path) && name.equals(k.name);
    }

    @Override
    public int hashCode() {
      return path.hashCode() * 31 + name.hashCode();
    }
  }

  /** A model and the bytes it was parsed from. */
  private record Parsed(byte[] bytes, Dockerfile model) {}

  private final ConcurrentHashMap<Key, Parsed> parsed = new ConcurrentHashMap<>();
  private final AtomicLong kept = new AtomicLong();
  private final Function<SourceText, Dockerfile> parser;
  private final long maxBytes;

  ParsedDockerfiles(Function<SourceText, Dockerfile> parser, long maxBytes) {
    this.parser = parser;
    this.maxBytes = maxBytes;
  }

  /** An empty cache that parses with berth's Dockerfile parser. */
  public static ParsedDockerfiles create() {
    return new ParsedDockerfiles(DockerfileParsing::parse, MAX_BYTES);
  }

  /**
   * The model of the Dockerfile at {@code path}, whose bytes are {@code bytes}, named {@code name}.
   */
  public Dockerfile parse(Path path, String name, byte[] bytes) {
    Key key = new Key(path, name);
    Parsed known = parsed.get(key);
    if (known != null && Arrays.equals(known.bytes(), bytes)) {
      return known.model();
    }
    Dockerfile d = parser.apply(SourceText.of(name, bytes));
    if (kept.addAndGet(bytes.length) <= maxBytes) {
      parsed.put(key, new Parsed(bytes, d));
    }
    return d;
  }
}
