package dev.berth.compose.schema;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * Measures what a one-file run pays for the compose schema: a fresh JVM reads berth's schema from
 * the class path, parses it, builds it with everit's default loader, and validates one document.
 * Run it in a new JVM each time (see the README, "Start-up cost", for the command); pass the path
 * of the upstream compose-spec-latest.json as the only argument to time that one instead. The main
 * thread's CPU time is printed beside the wall-clock times because it hardly depends on how busy
 * the machine is.
 */
public final class SchemaColdBuild {
  private SchemaColdBuild() {}

  public static void main(String[] args) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long startCpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    JSONObject json;
    if (args.length == 0) {
      try (var in = SchemaColdBuild.class.getResourceAsStream(ComposeSchemas.BERTH_RESOURCE)) {
        json = new JSONObject(new JSONTokener(in));
      }
    } else {
      json = ComposeSchemas.upstreamJson(Path.of(args[0]));
    }
    long parsed = System.nanoTime();
    Schema schema = SchemaLoader.builder().schemaJson(json).build().load().build();
    long built = System.nanoTime();
    long builtCpu = threads.getCurrentThreadCpuTime();
    long builtWallClock = System.currentTimeMillis();
    schema.validate(
        new JSONObject("{\"services\":{\"web\":{\"image\":\"nginx\",\"ports\":[\"80:80\"]}}}"));
    long validated = System.nanoTime();

    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.printf(
        Locale.ROOT,
        "%s: read+parse %.1f ms, load+build %.1f ms, first validation %.1f ms;"
            + " main() to built %.1f ms (main thread CPU %.1f ms); JVM start to built %d ms%n",
        args.length == 0 ? "berth schema" : "upstream schema",
        (parsed - start) / 1e6,
        (built - parsed) / 1e6,
        (validated - built) / 1e6,
        (built - start) / 1e6,
        (builtCpu - startCpu) / 1e6,
        builtWallClock - jvmStart);
  }
}
