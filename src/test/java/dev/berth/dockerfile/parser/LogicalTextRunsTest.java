package dev.berth.dockerfile.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.SharedData;
import dev.berth.core.SourceText;
import dev.berth.dockerfile.model.InstructionKind;
import dev.berth.dockerfile.model.TextMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of the model builder give what the reference code gives: a logical text made of
 * runs of the file's text (and its map to byte offsets, kept as runs) is the text, the plainness
 * and the source of every char that joining code point by code point gives; the '<' indexes that
 * the marking pass records are those of the file; an ASCII keyword names the kind that {@link
 * InstructionKind#of} finds. Over the corpus, the conformance cases, the test resources, seeded
 * mutants and seeded random keywords.
 */
class LogicalTextRunsTest {
  @Test
  void runsGiveWhatJoiningCodePointByCodePointGives() throws IOException {
    List<Path> files = new ArrayList<>();
    files.addAll(CorpusTest.dockerfiles());
    files.addAll(regularFiles(SharedData.require("conformance")));
    files.addAll(regularFiles(Path.of("src/test/resources")));
    Random random = new Random(20261206L);
    List<String> failures = new ArrayList<>();
    int ranges = 0;
    for (Path file : files) {
      byte[] original = Files.readAllBytes(file);
      ranges += compare(file.toString(), original, random, failures);
      for (int m = 0; m < 2; m++) {
        ranges +=
            compare(file + " mutant " + m, MutationTest.mutate(original, random), random, failures);
      }
    }
    System.out.println(
        "logical text runs: " + ranges + " ranges, " + failures.size() + " failures");
    assertTrue(ranges > 10_000, "too few ranges compared: " + ranges);
    assertTrue(
        failures.isEmpty(),
        () -> String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
  }

  @Test
  void asciiKeywordsNameTheKindThatTheirTextNames() {
    Random random = new Random(14L);
    List<String> names = new ArrayList<>();
    for (InstructionKind k : InstructionKind.values()) {
      names.add(k.name());
    }
    names.addAll(List.of("FRO", "FROMM", "RU", "COPYY", "A", "X", "ONBUILDX", "WORKDIRR"));
    for (int r = 0; r < 20_000; r++) {
      String base = names.get(random.nextInt(names.size()));
      StringBuilder sb = new StringBuilder();
      for (char c : base.toCharArray()) {
        sb.append(random.nextBoolean() ? Character.toLowerCase(c) : c);
      }
      if (random.nextInt(8) == 0 && sb.length() > 0) {
        sb.setCharAt(random.nextInt(sb.length()), "@[`{_1\u212A\u017F".charAt(random.nextInt(8)));
      }
      String name = sb.toString();
      int[] cps = name.codePoints().toArray();
      InstructionKind fast = DockerfileLexerBase.asciiKind(cps, 0, cps.length);
      InstructionKind expected = InstructionKind.of(name);
      boolean ascii = name.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
      if (ascii ? fast != expected : fast != null) {
        throw new AssertionError(name + ": " + fast + " but " + expected);
      }
    }
  }

  private static List<Path> regularFiles(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static int compare(String name, byte[] bytes, Random random, List<String> failures) {
    SourceText source = SourceText.of(name, bytes);
    String text = source.text();
    int[] cps = text.codePoints().toArray();
    DirectiveScanner.Result directives = DirectiveScanner.scan(cps);
    int escape = directives.escape();
    EscapeMarker.Indexes indexes = EscapeMarker.markReturningIndexes(cps, escape);
    int[] lessThans = text.codePoints().toArray();
    int count = 0;
    for (int i = 0; i < lessThans.length; i++) {
      if (lessThans[i] == '<') {
        lessThans[count++] = i;
      }
    }
    if (!Arrays.equals(Arrays.copyOf(lessThans, count), indexes.lessThans())) {
      failures.add(name + ": '<' indexes " + Arrays.toString(indexes.lessThans()));
    }
    int[] original = text.codePoints().toArray();
    int markedCount = 0;
    for (int i = 0; i < cps.length; i++) {
      markedCount += cps[i] != original[i] ? 1 : 0;
    }
    int[] marked = new int[markedCount];
    for (int i = 0, k = 0; i < cps.length; i++) {
      if (cps[i] != original[i]) {
        marked[k++] = i;
      }
    }
    if (!Arrays.equals(marked, indexes.marked())) {
      failures.add(name + ": marked indexes " + Arrays.toString(indexes.marked()));
    }
    if (cps.length != text.length()) {
      return 0; // supplementary code points: no runs
    }
    List<int[]> ranges = new ArrayList<>();
    for (int i = 0; i < cps.length; i = LogicalText.lineEnd(cps, i) + 1) {
      ranges.add(new int[] {i, LogicalText.lineEnd(cps, i)});
    }
    for (int r = 0; r < 40 && cps.length > 0; r++) {
      int from = random.nextInt(cps.length);
      ranges.add(new int[] {from, from + random.nextInt(Math.min(cps.length - from, 400) + 1)});
    }
    int base = source.bomLength();
    for (int[] range : ranges) {
      LogicalText ref = LogicalText.of(cps, range[0], range[1], escape);
      String where = name + " [" + range[0] + ", " + range[1] + ")";
      LogicalText indexed =
          LogicalText.of(cps, range[0], range[1], text, indexes.marked(), indexes.continuations());
      if (!same(ref, indexed, where, failures)) {
        continue;
      }
      LogicalText fast = indexed;
      int end = ref.text.length() - random.nextInt(Math.min(ref.text.length(), 3) + 1);
      int[] offsets = new int[end + 1];
      ref.sources(offsets, base);
      TextMap map = fast.runsMap(ref.text.substring(0, end), end, base);
      if (map != null) {
        for (int i = 0; i <= end; i++) {
          if (map.offset(i) != offsets[i]) {
            failures.add(
                String.format(
                    Locale.ROOT,
                    "%s: map of %d of %d is %d, not %d",
                    where,
                    i,
                    end,
                    map.offset(i),
                    offsets[i]));
            break;
          }
        }
      }
    }
    return ranges.size();
  }

  /** True when {@code fast} has the text, plainness and sources of {@code ref}. */
  private static boolean same(
      LogicalText ref, LogicalText fast, String where, List<String> failures) {
    if (!ref.text.equals(fast.text) || ref.plain() != fast.plain()) {
      failures.add(where + ": text " + fast.text + " plain " + fast.plain());
      return false;
    }
    for (int i = 0; i <= ref.text.length(); i++) {
      if (ref.source(i) != fast.source(i)) {
        failures.add(
            where + ": source of " + i + " is " + fast.source(i) + ", not " + ref.source(i));
        return false;
      }
    }
    return true;
  }
}
