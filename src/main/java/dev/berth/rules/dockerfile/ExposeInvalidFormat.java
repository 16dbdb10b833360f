package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Word;

/**
 * EXPOSE with an IP address or a host port ({@code 127.0.0.1:80:80}, {@code 5000:5000}). EXPOSE
 * only documents the container's port; publishing to the host is for {@code docker run -p}.
 * BuildKit ignores the address and host port and plans to refuse them.
 */
@RuleInfo(
    id = "ExposeInvalidFormat",
    name = "expose-invalid-format",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    summary = "EXPOSE takes the container port only, without address or host port.")
public final class ExposeInvalidFormat implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (PortSpec p : PortSpec.all(ctx.model())) {
      if (!p.isMapping()) {
        continue;
      }
      Word w = p.word();
      ctx.report(
          w.span(),
          "EXPOSE "
              + w.text()
              + " names an address or host port; write only the container port, "
              + p.port()
              + (p.proto().isEmpty() ? "" : "/" + p.proto())
              + ", and publish with docker run -p");
    }
  }
}
