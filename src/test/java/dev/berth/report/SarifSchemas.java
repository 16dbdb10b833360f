package dev.berth.report;

import dev.berth.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;

/** The SARIF 2.1.0 schema, for tests that validate berth's SARIF output. */
public final class SarifSchemas {
  private SarifSchemas() {}

  /**
   * The OASIS schema from {@code ../shared}. It declares draft-04, everit's default; every
   * reference in it is internal, and a client that refuses to fetch keeps it that way.
   */
  public static Schema oasis() throws IOException {
    Path file = SharedData.require("reference/sarif-schema-2.1.0.json");
    JSONObject json =
        new JSONObject(new JSONTokener(Files.readString(file, StandardCharsets.UTF_8)));
    return SchemaLoader.builder()
        .schemaJson(json)
        .schemaClient(
            url -> {
              throw new UncheckedIOException(new IOException("no remote schemas: " + url));
            })
        .build()
        .load()
        .build();
  }
}
