package dev.berth.rules.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.api.RuleOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The key order of service-keys-order, by default and with dclint's options. */
class ServiceKeysOrderTest {
  private static List<String> sorted(RuleOptions options, String... keys) {
    Comparator<String> order = ServiceKeysOrder.order(options);
    List<String> out = new ArrayList<>(List.of(keys));
    out.sort(order);
    return out;
  }

  @Test
  void defaultGroupsThenOtherKeysAlphabetically() {
    assertEquals(
        List.of(
            "image",
            "depends_on",
            "volumes",
            "environment",
            "ports",
            "command",
            "labels",
            "user",
            "cap_add",
            "init",
            "stop_signal"),
        sorted(
            RuleOptions.NONE,
            "stop_signal",
            "labels",
            "init",
            "user",
            "ports",
            "cap_add",
            "command",
            "environment",
            "volumes",
            "depends_on",
            "image"));
  }

  @Test
  void groupsReplaceAGroupsKeysAndGroupOrderReordersGroups() {
    RuleOptions options =
        new RuleOptions(
            Map.of(
                "groupOrder", List.of("Networking", "Core Definitions", "Other"),
                "groups", Map.of("Core Definitions", List.of("platform", "image"))));
    // keys of groups left out of groupOrder sort with the other keys
    assertEquals(
        List.of("ports", "networks", "platform", "image", "build", "environment"),
        sorted(options, "environment", "image", "build", "networks", "platform", "ports"));
  }
}
