package dev.berth.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * berth's version, from the class the build generates ({@link dev.berth.api.BuildData}), else from
 * the properties file Maven writes at build time.
 */
public final class Version implements CommandLine.IVersionProvider {
  private static final String VERSION = load();

  private static String load() {
    dev.berth.api.BuildData generated = dev.berth.api.BuildData.generated();
    if (generated != null) {
      return generated.version();
    }
    try (InputStream in = Version.class.getResourceAsStream("/dev/berth/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  public static String get() {
    return VERSION;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "berth " + VERSION,
      "Java "
          + System.getProperty("java.version")
          + " ("
          + System.getProperty("java.vm.name")
          + ", "
          + System.getProperty("java.home")
          + ")"
    };
  }
}
