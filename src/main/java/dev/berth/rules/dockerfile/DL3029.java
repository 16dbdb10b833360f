package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.GoText;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Flag;
import dev.berth.dockerfile.model.From;
import java.util.Map;
import java.util.Set;

/**
 * A FROM {@code --platform} fixed to a constant, such as {@code linux/amd64}, pins the stage to one
 * platform whatever the build asks for. As in BuildKit, a stage whose name contains the platform's
 * operating system or architecture ({@code AS build_amd64}) is taken as meant for it; values with
 * variables ({@code $BUILDPLATFORM}) are fine.
 */
@RuleInfo(
    id = "DL3029",
    name = "from-platform-constant",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    aliases = {"FromPlatformFlagConstDisallowed"},
    summary = "Do not fix FROM --platform to a constant unless the stage is named for it.")
public final class DL3029 implements DockerfileRule {
  private static final Set<String> OSES =
      Set.of(
          "aix",
          "android",
          "darwin",
          "dragonfly",
          "freebsd",
          "illumos",
          "ios",
          "js",
          "linux",
          "netbsd",
          "openbsd",
          "plan9",
          "solaris",
          "wasip1",
          "windows");
  private static final Map<String, String> ARCHES =
      Map.ofEntries(
          Map.entry("386", "386"),
          Map.entry("i386", "386"),
          Map.entry("x86_64", "amd64"),
          Map.entry("x86-64", "amd64"),
          Map.entry("amd64", "amd64"),
          Map.entry("aarch64", "arm64"),
          Map.entry("arm64", "arm64"),
          Map.entry("armhf", "arm"),
          Map.entry("armel", "arm"),
          Map.entry("arm", "arm"),
          Map.entry("ppc64le", "ppc64le"),
          Map.entry("s390x", "s390x"),
          Map.entry("riscv64", "riscv64"),
          Map.entry("mips64le", "mips64le"),
          Map.entry("loong64", "loong64"),
          Map.entry("wasm", "wasm"));

  @Override
  public void check(DockerfileContext ctx) {
    for (From f : ctx.model().instructions(From.class)) {
      String stage = f.stageName().map(w -> GoText.toLower(w.text())).orElse("");
      for (Flag fl : f.flags()) {
        if (!fl.name().equals("platform") || fl.value().isEmpty()) {
          continue;
        }
        String v = fl.value().get();
        if (BuildkitSyntax.hasVariable(v) || v.isEmpty()) {
          continue;
        }
        String[] parts = GoText.toLower(v).split("/", -1);
        String os;
        String arch;
        if (parts.length == 1) {
          if (OSES.contains(parts[0])) {
            os = parts[0];
            arch = "";
          } else if (ARCHES.containsKey(parts[0])) {
            os = "linux";
            arch = ARCHES.get(parts[0]);
          } else {
            continue;
          }
        } else if (parts.length <= 3) {
          os = parts[0].equals("macos") ? "darwin" : parts[0];
          arch = ARCHES.getOrDefault(parts[1], parts[1]);
        } else {
          continue;
        }
        if (stage.contains(os) || !arch.isEmpty() && stage.contains(arch)) {
          continue;
        }
        ctx.report(
            fl.span(),
            "FROM --platform="
                + v
                + " fixes the stage to one platform; use $BUILDPLATFORM or $TARGETPLATFORM, or name"
                + " the stage for the platform");
      }
    }
  }
}
