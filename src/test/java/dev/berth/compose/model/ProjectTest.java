package dev.berth.compose.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.compose.parser.ComposeLoading;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectTest {
  private static SourceText source;

  private static Project load(String text) {
    source = SourceText.of("compose.yaml", text);
    return Project.of(ComposeLoading.load(source, ComposeLoadOptions.defaults()));
  }

  private static String at(Span span) {
    return source.slice(span);
  }

  @Test
  void shortPortKeepsSpansOfItsParts() {
    Project p = load("services:\n  web:\n    ports:\n      - \"127.0.0.1:8080-8081:80-81/UDP\"\n");
    Port port = p.service("web").get().ports().get(0);
    assertEquals("127.0.0.1", at(port.hostIp().get().span()));
    assertEquals("8080-8081", at(port.published().get().span()));
    assertEquals(new PortRange(8080, 8081), port.publishedRange().get());
    assertEquals("80-81", at(port.target().get().span()));
    assertEquals("udp", port.protocol());
    assertTrue(port.error().isEmpty());
  }

  @Test
  void portErrors() {
    Project p =
        load(
            "services:\n  web:\n    ports:\n      - 8080:80/tpc\n      - 70000:80\n"
                + "      - 80-82:80-81\n      - ::1:80:80\n      - \"[::1]:80:80\"\n      - 80\n");
    List<Port> ports = p.service("web").get().ports();
    assertEquals("tpc", at(ports.get(0).error().get().span()));
    assertEquals("70000", at(ports.get(1).error().get().span()));
    assertTrue(ports.get(2).error().isPresent());
    assertTrue(ports.get(3).error().isPresent());
    assertTrue(ports.get(4).error().isEmpty());
    assertEquals("::1", ports.get(4).hostAddress().get());
    assertTrue(ports.get(5).published().isEmpty());
  }

  @Test
  void longPort() {
    Project p =
        load("services:\n  web:\n    ports:\n      - target: 80\n        published: \"8080\"\n");
    Port port = p.service("web").get().ports().get(0);
    assertTrue(port.longSyntax());
    assertEquals(8080, port.publishedRange().get().start());
    assertEquals("tcp", port.protocol());
  }

  @Test
  void volumes() {
    Project p =
        load(
            "services:\n  web:\n    volumes:\n      - ./data:/var/lib/x:ro\n      - db:/db:roo\n"
                + "      - /anon\n      - C:\\x:/y\n      - type: volume\n        source: v\n"
                + "        target: /v\n");
    List<VolumeMount> v = p.service("web").get().volumes();
    assertTrue(v.get(0).isBind());
    assertTrue(v.get(0).readOnly());
    assertEquals("/var/lib/x", at(v.get(0).target().get().span()));
    assertTrue(v.get(1).isNamedVolume());
    assertEquals("roo", at(v.get(1).error().get().span()));
    assertFalse(v.get(2).isNamedVolume());
    assertEquals("/anon", v.get(2).target().get().value());
    assertTrue(v.get(3).isBind());
    assertEquals("/y", v.get(3).target().get().value());
    assertTrue(v.get(4).isNamedVolume());
  }

  @Test
  void networksAndDependencies() {
    Project p =
        load(
            "services:\n  a:\n    image: x\n  b:\n    networks: [front]\n    depends_on: [a]\n"
                + "  c:\n    network_mode: service:a\n    links: [b:bee]\n"
                + "    depends_on:\n      a:\n        condition: service_healthy\n"
                + "        required: false\n"
                + "networks:\n  front:\n");
    assertEquals("default", p.service("a").get().networks().get(0).name().value());
    assertTrue(p.service("a").get().networks().get(0).implicit());
    assertEquals("front", p.service("b").get().networks().get(0).name().value());
    assertTrue(p.service("c").get().networks().isEmpty());
    List<Dependency> deps = p.service("c").get().dependencies();
    assertEquals(3, deps.size());
    assertEquals(Dependency.SERVICE_HEALTHY, deps.get(0).condition());
    assertFalse(deps.get(0).required());
    assertEquals(Dependency.Via.LINKS, deps.get(1).via());
    assertEquals("b", at(deps.get(1).service().span()));
    assertEquals(Dependency.Via.NETWORK_MODE, deps.get(2).via());
    assertEquals("a", at(deps.get(2).service().span()));
    assertTrue(p.declaresNetwork("front"));
    assertTrue(p.declaresNetwork("default"));
    assertFalse(p.declaresNetwork("back"));
  }

  @Test
  void image() {
    Project p = load("services:\n  a:\n    image: localhost:5000/team/app:1.2@sha256:abc\n");
    ImageRef i = p.service("a").get().image().get();
    assertEquals(Optional.of("localhost:5000"), i.registry().map(SpannedText::value));
    assertEquals("team/app", at(i.repository().span()));
    assertEquals("1.2", at(i.tag().get().span()));
    assertEquals("sha256:abc", i.digest().get().value());
  }

  @Test
  void devices() {
    Project p =
        load(
            "services:\n  a:\n    devices:\n      - /dev/a:/dev/a:rwm\n      - /dev/a:/dev/b:x\n"
                + "      - a:b:c:d\n      - vendor.com/gpu=all\n");
    List<Device> d = p.service("a").get().devices();
    assertTrue(d.get(0).error().isEmpty());
    assertEquals("x", at(d.get(1).error().get().span()));
    assertTrue(d.get(2).error().isPresent());
    assertTrue(d.get(3).isCdi());
  }
}
