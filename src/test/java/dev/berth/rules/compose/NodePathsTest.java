package dev.berth.rules.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.SeqNode;
import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.compose.parser.ComposeLoading;
import dev.berth.core.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Walking several paths at once finds, for each, what a walk along that path alone finds. */
class NodePathsTest {
  private static final String DOC =
      """
      x-base: &base
        dns: [1.1.1.1, 8.8.8.8]
        environment: {A: "yes", B: on}
      services:
        web:
          <<: *base
          image: nginx
          dns: 9.9.9.9
          ports: ["80:80", {target: 443, host_ip: 127.0.0.1}]
          deploy: {replicas: "2", update_config: {parallelism: 1}}
          networks: {front: {ipv4_address: 10.0.0.2}, back: null}
        db:
          image: postgres
          dns: [1.0.0.1]
          volumes: [{type: tmpfs, tmpfs: {size: 1m}}, ./data:/data]
          environment: [A=1, B]
        "": {dns: []}
      networks:
        front: {ipam: {config: [{subnet: 10.0.0.0/24}, {gateway: 10.0.0.1}]}}
      """;

  private static final List<String> PATHS =
      List.of(
          "services.*.dns",
          "services.*.dns[]",
          "services.*",
          "services.web.dns",
          "services.*.ports[].target",
          "services.*.ports[].host_ip",
          "services.*.ports[]",
          "services.*.deploy.replicas",
          "services.*.deploy.update_config.parallelism",
          "services.*.networks.*.ipv4_address",
          "services.*.volumes[].tmpfs.size",
          "services.*.environment.*",
          "services.*.environment[]",
          "networks.*.ipam.config[].subnet",
          "networks.*.ipam.config[].gateway",
          "services.*.dns",
          "services..dns",
          "x-base.dns[]",
          "[]",
          "",
          "*",
          "missing.*");

  private static final int HITS = 31;

  private static ComposeFile load() {
    return ComposeLoading.load(
        SourceText.of("compose.yaml", DOC.getBytes(StandardCharsets.UTF_8)),
        ComposeLoadOptions.defaults());
  }

  @Test
  void severalPathsAtOnceFindWhatEachFindsAlone() {
    ComposeFile file = load();
    List<List<NodePaths.Hit>> all = NodePaths.compile(PATHS).find(file.root());
    assertEquals(PATHS.size(), all.size());
    for (int i = 0; i < PATHS.size(); i++) {
      List<NodePaths.Hit> alone = reference(file.root(), PATHS.get(i));
      assertEquals(alone, all.get(i), PATHS.get(i));
      assertEquals(alone, NodePaths.find(file.root(), PATHS.get(i)), PATHS.get(i));
    }
    int hits = 0;
    for (List<NodePaths.Hit> h : all) {
      hits += h.size();
    }
    assertEquals(HITS, hits); // the document is not trivial for these paths
  }

  @Test
  void stringsOfARangeAreTheStringsOfThosePaths() {
    ComposeFile file = load();
    List<List<NodePaths.Hit>> all = NodePaths.compile(PATHS).find(file.root());
    for (int from = 0; from < PATHS.size(); from++) {
      for (int to = from; to <= PATHS.size(); to++) {
        assertEquals(
            NodePaths.strings(file, PATHS.subList(from, to)),
            NodePaths.strings(file, all, from, to),
            from + ".." + to);
      }
    }
  }

  @Test
  void aSequenceRootIsWalkedByItsItems() {
    ComposeFile file = load();
    Optional<Node> dns = Optional.of(NodePaths.find(file.root(), "services.db.dns").get(0).node());
    assertEquals(reference(dns, "[]"), NodePaths.find(dns, "[]"));
    assertEquals(1, NodePaths.find(dns, "[]").size());
  }

  /** The walk NodePaths did for one path before it walked several at once. */
  private static List<NodePaths.Hit> reference(Optional<Node> root, String path) {
    List<String> segments = new ArrayList<>();
    for (String s : GoValues.split(path, '.')) {
      if (s.endsWith("[]")) {
        if (s.length() > 2) {
          segments.add(s.substring(0, s.length() - 2));
        }
        segments.add("[]");
      } else {
        segments.add(s);
      }
    }
    List<NodePaths.Hit> out = new ArrayList<>();
    if (root.isPresent()) {
      walk(root.get(), Optional.empty(), segments, 0, new ArrayList<>(), out);
    }
    return out;
  }

  private static void walk(
      Node node,
      Optional<MapNode.Entry> entry,
      List<String> segments,
      int i,
      List<String> path,
      List<NodePaths.Hit> out) {
    if (i == segments.size()) {
      out.add(new NodePaths.Hit(node, entry, List.copyOf(path)));
      return;
    }
    String seg = segments.get(i);
    if (seg.equals("[]")) {
      if (node instanceof SeqNode seq) {
        for (int k = 0; k < seq.items().size(); k++) {
          path.add("[" + k + "]");
          walk(seq.items().get(k), entry, segments, i + 1, path, out);
          path.remove(path.size() - 1);
        }
      }
      return;
    }
    if (!(node instanceof MapNode map)) {
      return;
    }
    for (MapNode.Entry e : map.entries()) {
      if (seg.equals("*") || e.key().value().equals(seg)) {
        path.add(e.key().value());
        walk(e.value(), Optional.of(e), segments, i + 1, path, out);
        path.remove(path.size() - 1);
      }
    }
  }
}
