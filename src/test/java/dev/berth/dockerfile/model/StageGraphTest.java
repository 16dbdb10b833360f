package dev.berth.dockerfile.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.core.SourceText;
import dev.berth.dockerfile.parser.DockerfileParsing;
import dev.berth.dockerfile.shell.StageEnvironment;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageGraphTest {
  private static StageGraph graph(String... lines) {
    Dockerfile df =
        DockerfileParsing.parse(SourceText.of("Dockerfile", String.join("\n", lines) + "\n"));
    return StageEnvironment.evaluate(df).stageGraph(df);
  }

  @Test
  void stagesParentsAndSources() {
    StageGraph g =
        graph(
            "ARG BASE=golang:1.22",
            "FROM ${BASE} AS Build",
            "FROM build AS test",
            "COPY --from=BUILD /a /a",
            "FROM alpine:3.20",
            "COPY --from=0 /a /a",
            "COPY --from=nginx:1 /b /b",
            "RUN --mount=type=bind,from=test,target=/t true",
            "COPY --from=7 /c /c");
    List<Stage> s = g.stages();
    StageGraph.Base base = g.base(s.get(0)).orElseThrow();
    assertEquals("golang:1.22", base.value().orElseThrow().text());
    assertEquals("1.22", base.image().orElseThrow().tag().orElseThrow().text());
    assertEquals(s.get(0), g.parent(s.get(1)).orElseThrow());
    assertEquals(List.of(s.get(1), s.get(0)), g.chain(s.get(1)));
    assertTrue(g.isUsedAsBase(s.get(0)));
    assertTrue(g.isCopiedFrom(s.get(0)));
    assertTrue(g.isCopiedFrom(s.get(1)));
    assertFalse(g.isCopiedFrom(s.get(2)));
    assertTrue(g.isFinal(s.get(2)));
    List<StageGraph.Target> targets =
        g.references().stream().map(StageGraph.Reference::target).toList();
    assertEquals(
        List.of(
            StageGraph.Target.STAGE,
            StageGraph.Target.STAGE,
            StageGraph.Target.IMAGE,
            StageGraph.Target.STAGE,
            StageGraph.Target.BAD_INDEX),
        targets);
  }

  @Test
  void unknownVariablesLeaveTheBaseUnjudged() {
    StageGraph g = graph("ARG BASE", "FROM $BASE", "COPY --from=self /a /a");
    StageGraph.Base base = g.base(g.stages().get(0)).orElseThrow();
    assertFalse(base.value().orElseThrow().complete());
    assertTrue(base.image().isEmpty());
  }

  @Test
  void aFragmentIsOneImplicitStage() {
    StageGraph g = graph("COPY --from=0 /a /a");
    assertEquals(1, g.stages().size());
    assertEquals(StageGraph.Target.SELF, g.references().get(0).target());
  }
}
