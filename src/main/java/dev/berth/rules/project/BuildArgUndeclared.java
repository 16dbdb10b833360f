package dev.berth.rules.project;

import dev.berth.api.Category;
import dev.berth.api.ProjectContext;
import dev.berth.api.ProjectRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.project.ProjectService;
import dev.berth.compose.project.ServiceBuild;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Arg;
import dev.berth.dockerfile.model.ArgDeclaration;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.Instruction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code build.args} key that the Dockerfile never declares with ARG: the value reaches no
 * instruction (BuildKit warns that the build argument was not consumed). With the option {@code
 * unpassed: true}, also an ARG without a default that no service building the Dockerfile passes
 * (under the further code {@code build-arg-unpassed}): it is empty in the build.
 */
@RuleInfo(
    id = "build-arg-declared",
    name = "build-arg-declared",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    codes = BuildArgUndeclared.UNPASSED,
    summary = "Build args a service passes must be declared with ARG in its Dockerfile.")
public final class BuildArgUndeclared implements ProjectRule {
  static final String UNPASSED = "build-arg-unpassed";

  /** Arguments BuildKit knows without an ARG. */
  private static final Set<String> PREDEFINED =
      Set.of(
          "HTTP_PROXY",
          "HTTPS_PROXY",
          "FTP_PROXY",
          "NO_PROXY",
          "ALL_PROXY",
          "http_proxy",
          "https_proxy",
          "ftp_proxy",
          "no_proxy",
          "all_proxy",
          "SOURCE_DATE_EPOCH");

  @Override
  public void check(ProjectContext ctx) {
    // By identity, in first-use order: the loader parses each Dockerfile once, and hashing the
    // model (a record) would walk all of it.
    Map<Dockerfile, Set<String>> passed = new IdentityHashMap<>();
    List<Dockerfile> order = new ArrayList<>();
    for (ProjectService s : ctx.project().services()) {
      if (s.build().isEmpty() || s.build().get().parsed().isEmpty()) {
        continue;
      }
      ServiceBuild b = s.build().get();
      Dockerfile d = b.parsed().get();
      Set<String> declared = declared(d).keySet();
      Set<String> names = passed.get(d);
      if (names == null) {
        names = new HashSet<>();
        passed.put(d, names);
        order.add(d);
      }
      for (ServiceBuild.BuildArg arg : b.args()) {
        names.add(arg.name());
        if (declared.contains(arg.name())
            || PREDEFINED.contains(arg.name())
            || arg.name().startsWith("BUILDKIT_")) {
          continue;
        }
        ctx.report(
            ctx.project().sourceOf(arg.arg().node()),
            arg.arg().key().span(),
            "Service `"
                + s.name()
                + "` passes build arg `"
                + arg.name()
                + "`, but "
                + d.source().name()
                + " declares no `ARG "
                + arg.name()
                + "`, so the value is not used. Declare it in the Dockerfile, or remove it"
                + " (check its spelling).");
      }
    }
    if (!ctx.options().getBoolean("unpassed", false)) {
      return;
    }
    for (Dockerfile d : order) {
      for (Map.Entry<String, ArgDeclaration> a : declared(d).entrySet()) {
        ArgDeclaration decl = a.getValue();
        if (decl.defaultValue().isPresent() || passed.get(d).contains(a.getKey())) {
          continue;
        }
        ctx.report(
            UNPASSED,
            Level.INFO,
            d.source(),
            decl.name().span(),
            "ARG "
                + a.getKey()
                + " has no default and no service that builds this Dockerfile passes it, so it"
                + " is empty in the build. Give it a default, or pass it under `build.args`.");
      }
    }
  }

  /**
   * The ARGs a Dockerfile declares, by name: the first declaration of each, and whether any
   * declaration of the name has a default (then the first one with a default).
   */
  private static Map<String, ArgDeclaration> declared(Dockerfile d) {
    Map<String, ArgDeclaration> out = new HashMap<>();
    for (Instruction i : d.instructions()) {
      if (!(i instanceof Arg arg)) {
        continue;
      }
      for (ArgDeclaration decl : arg.declarations()) {
        String name = decl.name().text();
        ArgDeclaration old = out.get(name);
        if (old == null || (old.defaultValue().isEmpty() && decl.defaultValue().isPresent())) {
          out.put(name, decl);
        }
      }
    }
    return sorted(out);
  }

  private static Map<String, ArgDeclaration> sorted(Map<String, ArgDeclaration> in) {
    Map<String, ArgDeclaration> out = new LinkedHashMap<>();
    List<Map.Entry<String, ArgDeclaration>> entries =
        in.entrySet().stream()
            .sorted(
                java.util.Comparator.comparing(
                    (Map.Entry<String, ArgDeclaration> x) -> x.getValue().name().span()))
            .toList();
    entries.forEach(x -> out.put(x.getKey(), x.getValue()));
    return out;
  }
}
