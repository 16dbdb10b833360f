package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.GoText;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Arg;
import dev.berth.dockerfile.model.ArgDeclaration;
import dev.berth.dockerfile.model.Comment;
import dev.berth.dockerfile.model.From;
import dev.berth.dockerfile.model.Instruction;
import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's experimental description convention: the comment just above an ARG or a named FROM
 * describes it when its last line starts with the ARG's name or the stage name and a space ({@code
 * # version The release to build}). A comment block whose last line starts otherwise is reported at
 * the instruction, as BuildKit reports it. A bare {@code #} line ends the block; a blank line does
 * not, as in BuildKit's parser. Off by default, like every experimental BuildKit check: enable it
 * with {@code # check=experimental=InvalidDefinitionDescription} or {@code --enable}.
 */
@RuleInfo(
    id = "InvalidDefinitionDescription",
    name = "invalid-definition-description",
    level = Level.WARNING,
    category = Category.STYLE,
    enabledByDefault = false,
    summary = "Start the comment above an ARG or a named stage with its name.")
public final class InvalidDefinitionDescription implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    List<Comment> comments =
        ctx.model().comments().stream().filter(c -> !c.inContinuation()).toList();
    int ci = 0;
    for (Instruction i : ctx.model().instructions()) {
      Comment last = null;
      while (ci < comments.size() && comments.get(ci).span().start() < i.span().start()) {
        Comment c = comments.get(ci++);
        last = GoText.trimSpace(c.text()).isEmpty() ? null : c;
      }
      List<String> keys = keys(i);
      if (last != null && !keys.isEmpty()) {
        String first = GoText.trimSpace(last.text()).split(" ", -1)[0];
        if (!keys.contains(first)) {
          String example = keys.size() == 1 ? keys.get(0) : "<arg_key>";
          ctx.report(
              i.keyword().span(),
              "The comment above this "
                  + i.keyword().text()
                  + " does not describe it; start its last line with '"
                  + example
                  + " ', as in # "
                  + example
                  + " <description>");
        }
      }
      while (ci < comments.size() && comments.get(ci).span().start() < i.span().end()) {
        ci++;
      }
    }
  }

  private static List<String> keys(Instruction i) {
    List<String> out = new ArrayList<>();
    if (i instanceof Arg a) {
      for (ArgDeclaration d : a.declarations()) {
        out.add(d.name().text());
      }
    } else if (i instanceof From f) {
      f.stageName().ifPresent(w -> out.add(w.text()));
    }
    return out;
  }
}
