package dev.berth.compose.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.SeqNode;
import dev.berth.compose.parser.ComposeEnvironment;
import dev.berth.compose.parser.ComposeLoadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merged project, as compose-go assembles it: each merge behaviour gives the merged value, and
 * each node of it knows the file and line it is written at.
 */
class ProjectLoaderTest {
  @TempDir Path dir;

  private void write(String name, String... lines) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, String.join("\n", lines) + "\n");
  }

  private ComposeProject load(List<String> profiles, Map<String, String> env, String... files) {
    List<ProjectLoader.Input> inputs = new ArrayList<>();
    for (String f : files) {
      inputs.add(ProjectLoader.Input.of(dir.resolve(f)));
    }
    ProjectSettings settings =
        new ProjectSettings(
            env,
            Optional.empty(),
            Optional.empty(),
            profiles,
            ComposeLoadOptions.defaults(),
            1 << 20);
    return ProjectLoader.load(inputs, settings, p -> dir.relativize(p).toString());
  }

  private ComposeProject load(String... files) {
    return load(List.of(), Map.of(), files);
  }

  /** A value of the merged tree, each scalar as {@code value@file:line}. */
  private static String show(ComposeProject project, Node node) {
    if (node instanceof ScalarNode s) {
      return s.value()
          + "@"
          + project.sourceOf(s).name()
          + ":"
          + project.sourceOf(s).start(s.site()).line();
    }
    if (node instanceof SeqNode seq) {
      List<String> items = new ArrayList<>();
      seq.items().forEach(i -> items.add(show(project, i)));
      return items.toString();
    }
    List<String> entries = new ArrayList<>();
    for (MapNode.Entry e : ((MapNode) node).entries()) {
      entries.add(e.key().value() + "=" + show(project, e.value()));
    }
    return "{" + String.join(", ", entries) + "}";
  }

  private static String field(ComposeProject project, String service, String key) {
    MapNode def = project.service(service).get().definition();
    return def.get(key).map(n -> show(project, n)).orElse("<none>");
  }

  private ComposeProject loadKnowing(Path directory, ComposeEnvironment known, String file) {
    ProjectSettings settings =
        new ProjectSettings(
            Map.of(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            ComposeLoadOptions.defaults(),
            1 << 20);
    return ProjectLoader.load(
        List.of(ProjectLoader.Input.of(dir.resolve(file))),
        settings,
        p -> dir.relativize(p).toString(),
        directory,
        known,
        ParsedDockerfiles.create());
  }

  @Test
  void anEnvironmentTheCallerDiscoveredIsUsedForItsFolderOnly() throws IOException {
    write(".env", "TAG=1.27");
    write("compose.yaml", "services:", "  web:", "    image: nginx:${TAG}");
    String plain = field(load("compose.yaml"), "web", "image");
    assertEquals("nginx:1.27@compose.yaml:3", plain);
    Path folder = dir.toAbsolutePath().normalize();
    ComposeEnvironment same = ComposeEnvironment.discover(folder, Optional.empty(), Map.of());
    assertEquals(plain, field(loadKnowing(folder, same, "compose.yaml"), "web", "image"));
    // the caller's environment is what the project uses for that folder (not read again) ...
    ComposeEnvironment other = ComposeEnvironment.of(Map.of("TAG", "9"));
    assertEquals(
        "nginx:9@compose.yaml:3",
        field(loadKnowing(folder, other, "compose.yaml"), "web", "image"));
    // ... and only for that folder
    assertEquals(
        plain,
        field(loadKnowing(folder.resolve("elsewhere"), other, "compose.yaml"), "web", "image"));
  }

  @Test
  void overrideFileMergesKeyByKeyAppendsListsAndReplacesCommand() throws IOException {
    write(
        "compose.yaml",
        "services:",
        "  web:",
        "    image: nginx:1.26",
        "    command: [nginx, -g, daemon off;]",
        "    ports:",
        "      - \"80:80\"",
        "    environment:",
        "      MODE: dev",
        "      LOG: info");
    write(
        "compose.override.yaml",
        "services:",
        "  web:",
        "    image: nginx:1.27",
        "    command: [nginx-debug]",
        "    ports:",
        "      - \"443:443\"",
        "    environment:",
        "      MODE: prod");
    assertEquals(
        Optional.of(dir.resolve("compose.override.yaml")),
        ProjectLoader.overrideOf(dir.resolve("compose.yaml")));
    assertTrue(ProjectLoader.isOverrideOfSibling(dir.resolve("compose.override.yaml")));
    ComposeProject p = load("compose.yaml", "compose.override.yaml");
    assertEquals("nginx:1.27@compose.override.yaml:3", field(p, "web", "image"));
    assertEquals("[nginx-debug@compose.override.yaml:4]", field(p, "web", "command"));
    assertEquals(
        "[80:80@compose.yaml:6, 443:443@compose.override.yaml:6]", field(p, "web", "ports"));
    assertEquals(
        "{MODE=prod@compose.override.yaml:8, LOG=info@compose.yaml:9}",
        field(p, "web", "environment"));
    assertEquals(List.of(), p.problems());
  }

  @Test
  void resetRemovesAndOverrideReplaces() throws IOException {
    write(
        "compose.yaml",
        "services:",
        "  web:",
        "    image: nginx:1.27",
        "    ports: [\"80:80\"]",
        "    volumes: [\"data:/data\"]",
        "    labels: {a: \"1\"}");
    write(
        "compose.prod.yaml",
        "services:",
        "  web:",
        "    ports: !override [\"8080:80\"]",
        "    volumes: !reset []",
        "    labels: {b: \"2\"}");
    ComposeProject p = load("compose.yaml", "compose.prod.yaml");
    assertEquals("[8080:80@compose.prod.yaml:3]", field(p, "web", "ports"));
    assertEquals("<none>", field(p, "web", "volumes"));
    assertEquals("{a=1@compose.yaml:6, b=2@compose.prod.yaml:5}", field(p, "web", "labels"));
  }

  @Test
  void sameKeyedListItemsKeepTheLaterOne() throws IOException {
    write(
        "compose.yaml",
        "services:",
        "  web:",
        "    image: nginx",
        "    environment: [A=1, B=2]",
        "    volumes: [\"./a:/data\"]");
    write(
        "compose.two.yaml",
        "services:",
        "  web:",
        "    environment: [A=3]",
        "    volumes: [\"./b:/data\", \"./c:/cache\"]");
    ComposeProject p = load("compose.yaml", "compose.two.yaml");
    assertEquals("[A=3@compose.two.yaml:3, B=2@compose.yaml:4]", field(p, "web", "environment"));
    assertEquals(
        "[./b:/data@compose.two.yaml:4, ./c:/cache@compose.two.yaml:4]",
        field(p, "web", "volumes"));
  }

  @Test
  void extendsFromAnotherFileMergesTheBaseAndKeepsItsPlaces() throws IOException {
    write(
        "common/base.yaml",
        "services:",
        "  app:",
        "    image: example/app",
        "    build: ./src",
        "    environment:",
        "      LEVEL: info");
    write(
        "compose.yaml",
        "services:",
        "  api:",
        "    extends:",
        "      file: common/base.yaml",
        "      service: app",
        "    environment:",
        "      LEVEL: debug",
        "      PORT: \"80\"");
    ComposeProject p = load("compose.yaml");
    assertEquals("example/app@common/base.yaml:3", field(p, "api", "image"));
    assertEquals(
        "{LEVEL=debug@compose.yaml:7, PORT=80@compose.yaml:8}", field(p, "api", "environment"));
    assertEquals("<none>", field(p, "api", "extends"));
    ServiceBuild build = p.service("api").get().build().get();
    assertEquals(Optional.of(dir.resolve("common/src")), build.contextDirectory());
    assertEquals(ServiceBuild.Status.NO_CONTEXT, build.status());
    assertEquals(ProjectFile.Role.EXTENDED, p.fileOf(build.contextNode().get()).role());
  }

  @Test
  void includeImportsAProjectWithItsOwnFolderAndEnv() throws IOException {
    write("inc/.env", "TAG=3.20");
    write("inc/app/Dockerfile", "FROM alpine:${TAG}");
    write(
        "inc/compose.yaml",
        "services:",
        "  api:",
        "    image: alpine:${TAG}",
        "    build: ./app",
        "networks:",
        "  back: {}");
    write(
        "compose.yaml",
        "include:",
        "  - inc/compose.yaml",
        "services:",
        "  web:",
        "    image: nginx",
        "    networks: [back]");
    ComposeProject p = load("compose.yaml");
    assertEquals("alpine:3.20@inc/compose.yaml:3", field(p, "api", "image"));
    assertEquals(ServiceBuild.Status.FOUND, p.service("api").get().build().get().status());
    assertEquals(
        "inc/app/Dockerfile", p.service("api").get().build().get().parsed().get().source().name());
    assertTrue(p.root().get().get("networks").isPresent());
    assertEquals(ProjectFile.Role.INCLUDED, p.files().get(1).role());
  }

  @Test
  void profilesEnableServices() throws IOException {
    write(
        "compose.yaml",
        "services:",
        "  web: {image: nginx}",
        "  debug: {image: busybox, profiles: [debug]}",
        "  tools: {image: busybox, profiles: [tools, ci]}");
    assertEquals(
        List.of("web", "debug", "tools"),
        load("compose.yaml").services().stream().map(ProjectService::name).toList(),
        "no profile asked for: every service is checked");
    assertEquals(
        List.of("web", "tools"),
        load(List.of("ci"), Map.of(), "compose.yaml").services().stream()
            .map(ProjectService::name)
            .toList());
    assertEquals(
        List.of("web", "debug"),
        load(List.of(), Map.of("COMPOSE_PROFILES", "debug"), "compose.yaml").services().stream()
            .map(ProjectService::name)
            .toList());
    assertEquals(
        3, load(List.of("*"), Map.of(), "compose.yaml").services().size(), "* enables all");
    assertFalse(load(List.of("ci"), Map.of(), "compose.yaml").service("debug").get().active());
  }
}
