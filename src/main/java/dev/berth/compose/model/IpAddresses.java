package dev.berth.compose.model;

/** IP address literals as Go's {@code net.ParseIP} accepts them. */
public final class IpAddresses {
  private IpAddresses() {}

  public static boolean isIp(String s) {
    return isIpv4(s) || isIpv6(s);
  }

  /** Four decimal octets; Go refuses leading zeros. */
  public static boolean isIpv4(String s) {
    if (s.indexOf(':') >= 0) {
      return false;
    }
    String[] parts = s.replace('.', ':').split(":", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
        return false;
      }
      for (int i = 0; i < p.length(); i++) {
        if (p.charAt(i) < '0' || p.charAt(i) > '9') {
          return false;
        }
      }
      if (Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }

  /** An IPv6 literal, possibly ending in an IPv4 address; no zone. */
  public static boolean isIpv6(String s) {
    if (s.indexOf(':') < 0) {
      return false;
    }
    String head = s;
    int groupsForV4 = 0;
    int lastColon = s.lastIndexOf(':');
    if (s.indexOf('.') >= 0) {
      if (!isIpv4(s.substring(lastColon + 1))) {
        return false;
      }
      head = s.substring(0, lastColon + 1) + "0:0";
      groupsForV4 = 0;
    }
    int dbl = head.indexOf("::");
    if (dbl >= 0 && head.indexOf("::", dbl + 1) >= 0) {
      return false;
    }
    String[] groups;
    int count;
    if (dbl >= 0) {
      String left = head.substring(0, dbl);
      String right = head.substring(dbl + 2);
      int l = left.isEmpty() ? 0 : groupsOk(left);
      int r = right.isEmpty() ? 0 : groupsOk(right);
      if (l < 0 || r < 0) {
        return false;
      }
      count = l + r;
      return count + groupsForV4 <= 7;
    }
    groups = head.split(":", -1);
    count = groupsOk(head);
    return count == 8 && groups.length == 8;
  }

  private static int groupsOk(String s) {
    String[] groups = s.split(":", -1);
    for (String g : groups) {
      if (g.isEmpty() || g.length() > 4) {
        return -1;
      }
      for (int i = 0; i < g.length(); i++) {
        if (Character.digit(g.charAt(i), 16) < 0) {
          return -1;
        }
      }
    }
    return groups.length;
  }
}
