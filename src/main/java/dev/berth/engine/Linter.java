package dev.berth.engine;

import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.LintSettings;
import dev.berth.api.Rule;
import dev.berth.api.RuleMeta;
import dev.berth.api.RuleOptions;
import dev.berth.core.Finding;
import dev.berth.core.Fix;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.parser.DockerfileParsing;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Runs rules over files. Knows no concrete rule: it is given the rules to run and the policy that
 * says which of them are on and at what level.
 */
public final class Linter {
  private final List<DockerfileRule> dockerfileRules;
  private final RulePolicy policy;
  private final LintSettings settings;

  public Linter(List<? extends Rule> rules, RulePolicy policy, LintSettings settings) {
    this.policy = policy;
    this.settings = settings;
    List<DockerfileRule> d = new ArrayList<>();
    for (Rule r : rules) {
      if (!policy.runs(r.meta())) {
        continue;
      }
      if (r instanceof DockerfileRule dr) {
        d.add(dr);
      }
    }
    this.dockerfileRules = List.copyOf(d);
  }

  /** Parses and lints one Dockerfile; findings sorted. */
  public List<Finding> lintDockerfile(SourceText source) {
    return lintDockerfile(DockerfileParsing.parse(source));
  }

  public List<Finding> lintDockerfile(Dockerfile model) {
    List<Finding> out = new ArrayList<>();
    for (DockerfileRule rule : dockerfileRules) {
      RuleMeta meta = rule.meta();
      rule.check(new DockerfileRuleContext(model, meta, out));
    }
    Collections.sort(out);
    return out;
  }

  private final class DockerfileRuleContext implements DockerfileContext {
    private final Dockerfile model;
    private final RuleMeta meta;
    private final List<Finding> sink;

    DockerfileRuleContext(Dockerfile model, RuleMeta meta, List<Finding> sink) {
      this.model = model;
      this.meta = meta;
      this.sink = sink;
    }

    @Override
    public Dockerfile model() {
      return model;
    }

    @Override
    public SourceText source() {
      return model.source();
    }

    @Override
    public RuleOptions options() {
      return policy.options(meta);
    }

    @Override
    public LintSettings settings() {
      return settings;
    }

    @Override
    public void report(Span span, String message) {
      sink.add(Finding.at(model.source(), span, meta.id(), policy.level(meta), message, Optional.empty()));
    }

    @Override
    public void report(Span span, String message, Fix fix) {
      sink.add(Finding.at(model.source(), span, meta.id(), policy.level(meta), message, Optional.of(fix)));
    }
  }
}
