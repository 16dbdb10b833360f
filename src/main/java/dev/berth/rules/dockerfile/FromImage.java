package dev.berth.rules.dockerfile;

import dev.berth.dockerfile.model.Arg;
import dev.berth.dockerfile.model.ArgDeclaration;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Word;
import dev.berth.dockerfile.shell.BuildkitWords;
import dev.berth.dockerfile.shell.ShellSyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A FROM value expanded as BuildKit's pre-build checks expand it: global ARG defaults only. */
final class FromImage {
  private FromImage() {}

  /**
   * The global ARGs by name with their default values, expanded in order; an ARG without a default
   * maps to null.
   */
  static Map<String, String> globalDefaults(Dockerfile file) {
    Map<String, String> out = new LinkedHashMap<>();
    BuildkitWords.Options options = BuildkitWords.Options.defaults(file.escape());
    for (Instruction i : file.preamble()) {
      if (!(i instanceof Arg a)) {
        continue;
      }
      for (ArgDeclaration d : a.declarations()) {
        String value = null;
        if (d.defaultValue().isPresent()) {
          value = expand(d.defaultValue().get().text(), out, options).orElse(null);
        }
        out.put(d.name().text(), value);
      }
    }
    return out;
  }

  /** {@code text} with the variables replaced by their defaults (missing ones by nothing). */
  static Optional<String> expand(
      String text, Map<String, String> defaults, BuildkitWords.Options options) {
    try {
      return Optional.of(
          BuildkitWords.process(text, n -> defaults.getOrDefault(n, null), options).word());
    } catch (ShellSyntaxException e) {
      return Optional.empty();
    }
  }

  /** The FROM image word expanded with global defaults; empty when it cannot be expanded. */
  static Optional<String> expand(Dockerfile file, Word image, Map<String, String> defaults) {
    return expand(image.text(), defaults, BuildkitWords.Options.defaults(file.escape()));
  }
}
