package dev.berth.dockerfile.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.core.Span;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageReferenceTest {
  private static ImageReference parse(String text) {
    return ImageReference.parse(text, Span.of(10, 10 + text.length()), text);
  }

  @Test
  void splitsLikeDistributionReference() {
    ImageReference r = parse("ubuntu:22.04");
    assertEquals("docker.io", r.domain());
    assertTrue(r.hasImplicitRegistry());
    assertEquals("docker.io/library/ubuntu", r.repository());
    assertEquals("22.04", r.tag().orElseThrow().text());
    assertEquals(Span.of(17, 22), r.tag().orElseThrow().span());
    assertTrue(r.isValid());

    ImageReference h = parse("localhost:5000/team/app@sha256:" + "a".repeat(64));
    assertEquals("localhost:5000", h.domain());
    assertEquals("team/app", h.path().text());
    assertEquals(Optional.empty(), h.tag());
    assertTrue(h.digest().isPresent());
    assertTrue(h.isValid());

    assertEquals("docker.io/user/app", parse("user/app").repository());
    assertEquals("ghcr.io", parse("ghcr.io/o/a:1").domain());
    assertEquals("localhost", parse("localhost/a").domain());
    assertEquals("docker.io", parse("index.docker.io/library/a").domain());
    assertEquals("Registry", parse("Registry/a").domain());
    assertTrue(parse("scratch").isScratch());
    assertFalse(parse("scratch:1").isScratch());
  }

  @Test
  void recordsWhatBuildkitWouldRefuse() {
    assertFalse(parse("Ubuntu").isValid());
    assertFalse(parse("ubuntu:").isValid());
    assertFalse(parse("ubuntu:-x").isValid());
    assertFalse(parse("ubuntu@sha256:abc").isValid());
    assertFalse(parse("").isValid());
    assertFalse(parse("a//b").isValid());
    assertTrue(parse("a__b/c-d--e:v1.0_x").isValid());
  }

  @Test
  void partsOfAResolvedValueSpanTheWholeWord() {
    ImageReference r = ImageReference.parse("debian:12", Span.of(5, 12), "${BASE}");
    assertEquals(Span.of(5, 12), r.tag().orElseThrow().span());
  }
}
