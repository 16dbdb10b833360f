package dev.berth.engine.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
  private static String diff(String a, String b) {
    return UnifiedDiff.of(
        "Dockerfile", a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void equalFilesHaveNoDiff() {
    assertEquals("", diff("FROM a\n", "FROM a\n"));
    assertEquals("", diff("", ""));
  }

  @Test
  void oneChangedLineWithContext() {
    String a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    String b = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
    assertEquals(
        """
        --- a/Dockerfile
        +++ b/Dockerfile
        @@ -2,7 +2,7 @@
         2
         3
         4
        -5
        +five
         6
         7
         8
        """,
        diff(a, b));
  }

  @Test
  void changesFarApartMakeTwoHunksAndCloseOnesOne() {
    StringBuilder a = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      a.append(i).append('\n');
    }
    String far = a.toString().replace("\n2\n", "\ntwo\n").replace("\n19\n", "\nnineteen\n");
    String d = diff(a.toString(), far);
    assertEquals(List.of("@@ -1,5 +1,5 @@", "@@ -16,5 +16,5 @@"), headers(d));
    String close = a.toString().replace("\n5\n", "\nfive\n").replace("\n11\n", "\neleven\n");
    assertEquals(List.of("@@ -2,13 +2,13 @@"), headers(diff(a.toString(), close)));
  }

  @Test
  void insertionsAndDeletionsAtTheEdges() {
    assertEquals(
        "--- a/Dockerfile\n+++ b/Dockerfile\n@@ -0,0 +1 @@\n+# new\n", diff("", "# new\n"));
    assertEquals("--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1 +0,0 @@\n-x\n", diff("x\n", ""));
    assertEquals(
        "--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,2 +1,3 @@\n+top\n a\n b\n",
        diff("a\nb\n", "top\na\nb\n"));
  }

  @Test
  void aMissingFinalLineBreakIsMarked() {
    assertEquals(
        "--- a/Dockerfile\n"
            + "+++ b/Dockerfile\n"
            + "@@ -1,2 +1,2 @@\n"
            + " a\n"
            + "-b\n"
            + "\\ No newline at end of file\n"
            + "+c\n"
            + "\\ No newline at end of file\n",
        diff("a\nb", "a\nc"));
    assertEquals(
        "--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n",
        diff("a", "a\n"));
  }

  @Test
  void crlfLinesKeepTheirLineBreaks() {
    assertEquals(
        "--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,2 +1,2 @@\n-from a\r\n+FROM a\r\n RUN b\r\n",
        diff("from a\r\nRUN b\r\n", "FROM a\r\nRUN b\r\n"));
  }

  @Test
  void randomEditsRoundTripThroughAPatch() {
    Random random = new Random(42);
    for (int round = 0; round < 500; round++) {
      List<String> a = new ArrayList<>();
      int n = random.nextInt(30);
      for (int i = 0; i < n; i++) {
        a.add("line " + random.nextInt(8) + "\n");
      }
      List<String> b = new ArrayList<>(a);
      int edits = random.nextInt(6);
      for (int e = 0; e < edits; e++) {
        int op = random.nextInt(3);
        if (op == 0 || b.isEmpty()) {
          b.add(random.nextInt(b.size() + 1), "new " + random.nextInt(5) + "\n");
        } else if (op == 1) {
          b.remove(random.nextInt(b.size()));
        } else {
          b.set(random.nextInt(b.size()), "changed " + random.nextInt(5) + "\n");
        }
      }
      String before = String.join("", a);
      String after = String.join("", b);
      String d = diff(before, after);
      assertEquals(after, apply(before, d), () -> "diff:\n" + d);
      assertEquals(before.equals(after), d.isEmpty());
    }
  }

  @Test
  void hugeDifferencesFallBackToOneReplacedBlock() {
    StringBuilder a = new StringBuilder("same\n");
    StringBuilder b = new StringBuilder("same\n");
    for (int i = 0; i < 2100; i++) {
      a.append("a").append(i).append('\n');
      b.append("b").append(i).append('\n');
    }
    a.append("end\n");
    b.append("end\n");
    String d = diff(a.toString(), b.toString());
    assertEquals(List.of("@@ -1,2102 +1,2102 @@"), headers(d));
    assertEquals(b.toString(), apply(a.toString(), d));
  }

  private static final Pattern HEADER =
      Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@$", Pattern.MULTILINE);

  private static List<String> headers(String diff) {
    List<String> out = new ArrayList<>();
    Matcher m = HEADER.matcher(diff);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * A minimal patch: applies a unified diff of LF-terminated lines, checking every context line.
   */
  private static String apply(String before, String diff) {
    List<String> a = UnifiedDiff.lines(before);
    List<String> out = new ArrayList<>();
    List<String> d = UnifiedDiff.lines(diff);
    int next = 0;
    for (int i = 2; i < d.size(); i++) {
      Matcher m = HEADER.matcher(d.get(i).strip());
      assertTrue(m.matches(), d.get(i));
      int oldStart = Integer.parseInt(m.group(1));
      int oldCount = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int from = oldCount == 0 ? oldStart : oldStart - 1;
      while (next < from) {
        out.add(a.get(next++));
      }
      while (i + 1 < d.size() && !d.get(i + 1).startsWith("@@")) {
        String line = d.get(++i);
        String body = line.substring(1);
        if (line.startsWith(" ") || line.startsWith("-")) {
          assertEquals(a.get(next), body);
          next++;
        }
        if (line.startsWith(" ") || line.startsWith("+")) {
          out.add(body);
        }
      }
    }
    while (next < a.size()) {
      out.add(a.get(next++));
    }
    return String.join("", out);
  }
}
