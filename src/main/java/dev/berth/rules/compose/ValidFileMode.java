package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.ScalarType;
import dev.berth.core.Level;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A file mode ({@code mode} of a service's secret or config, of a tmpfs mount) is a number Compose
 * reads the way Go does: {@code 0440} and {@code 0o440} are octal, {@code 440} is decimal 440,
 * which is the mode {@code 0670}. A quoted mode is read as octal.
 */
@RuleInfo(
    id = "valid-file-mode",
    name = "valid-file-mode",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    summary = "Write file modes in octal (0o440 or \"0440\"); 440 is decimal.")
public final class ValidFileMode implements ComposeRule {
  private static final Pattern DECIMAL_LOOKS_OCTAL = Pattern.compile("[1-7][0-7]{2,3}");
  private static final Pattern OCTAL_STRING = Pattern.compile("(0o?)?[0-7]+");
  private static final BigInteger MAX = BigInteger.valueOf(07777);

  @Override
  public void check(ComposeContext ctx) {
    Set<Node> seen = new HashSet<>();
    for (String path :
        new String[] {
          "services.*.secrets[].mode",
          "services.*.configs[].mode",
          "services.*.volumes[].tmpfs.mode"
        }) {
      for (NodePaths.Hit h : NodePaths.find(ctx.model().root(), path)) {
        if (h.node() instanceof ScalarNode s && seen.add(s)) {
          check(ctx, s);
        }
      }
    }
  }

  /**
   * A mode someone would mean: at most {@code 0777}, and the group has no permission the owner
   * lacks, nor others one the group lacks ({@code 0644}, {@code 0400}; not {@code 0670}).
   */
  private static boolean plausible(int mode) {
    int owner = mode >> 6 & 7;
    int group = mode >> 3 & 7;
    int other = mode & 7;
    return mode <= 0777 && (group & ~owner) == 0 && (other & ~group) == 0;
  }

  private static void check(ComposeContext ctx, ScalarNode s) {
    if (s.type() == ScalarType.STRING) {
      if (!NodePaths.unresolved(ctx.model(), s) && !OCTAL_STRING.matcher(s.value()).matches()) {
        ctx.report(
            s.span(),
            "File mode " + NodePaths.quoted(s) + " is not an octal number; write e.g. 0o440");
      }
      return;
    }
    BigInteger v = s.integerValue().orElse(null);
    if (v == null) {
      return;
    }
    if (DECIMAL_LOOKS_OCTAL.matcher(s.raw()).matches() && !plausible(v.intValue())) {
      ctx.report(
          s.span(),
          "File mode "
              + s.raw()
              + " is decimal (octal 0"
              + v.toString(8)
              + "); write 0o"
              + s.raw()
              + " or \"0"
              + s.raw()
              + "\" for the octal mode");
    } else if (v.signum() < 0 || v.compareTo(MAX) > 0) {
      ctx.report(
          s.span(), "File mode " + s.raw() + " is out of range (octal 0" + v.toString(8) + ")");
    }
  }
}
