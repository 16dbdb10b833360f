#!/usr/bin/env bash
# Fuzzes berth's Jazzer targets one after another, each for a given time, and prints one summary
# line per target (seconds, executions, coverage, features, corpus, result). Logs go to
# target/fuzz-logs/<Class>#<method>.log; new corpus inputs to .cifuzz-corpus/ (kept between runs);
# crashers to src/test/resources/dev/berth/fuzz/<Class>Inputs/<method>/, where `mvn verify` replays
# them. Requires Linux or macOS on x86_64/arm64 (Jazzer's native driver) and JDK 17+.
#
#   src/test/fuzz/fuzz.sh                         # every target, 600 s each
#   src/test/fuzz/fuzz.sh -d 300 ShellWordsFuzzTest#process
#   src/test/fuzz/fuzz.sh -l                      # list the targets
#
# Options: -d SECONDS per target (default 600), -t SECONDS per input (default 10), -x HEAP for the
# fuzzing JVM (default 1g).
set -uo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"

targets_all=(
  DockerfileParserFuzzTest#rawBytes
  DockerfileParserFuzzTest#structured
  ShellWordsFuzzTest#process
  ComposeLoaderFuzzTest#rawBytes
  ComposeLoaderFuzzTest#structured
  InterpolationFuzzTest#substitute
  InterpolationFuzzTest#dotEnv
  LintPipelineFuzzTest#dockerfile
  LintPipelineFuzzTest#dockerfileStructured
  LintPipelineFuzzTest#compose
  LintPipelineFuzzTest#composeStructured
  LintPipelineFuzzTest#cli
)

duration=600
timeout=10
heap=1g
while getopts "d:t:x:lh" opt; do
  case "$opt" in
    d) duration="$OPTARG" ;;
    t) timeout="$OPTARG" ;;
    x) heap="$OPTARG" ;;
    l) printf '%s\n' "${targets_all[@]}"; exit 0 ;;
    *) sed -n '2,15p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${targets_all[@]}")

mkdir -p target/fuzz-logs
status=0
for t in "${targets[@]}"; do
  log="target/fuzz-logs/$t.log"
  start=$(date +%s)
  mvn -B -ntp -Pfuzz "-Dfuzz.target=$t" "-Dfuzz.duration=$duration" "-Dfuzz.timeout=$timeout" \
    "-Dfuzz.heap=$heap" test > "$log" 2>&1
  rc=$?
  took=$(( $(date +%s) - start ))
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  runs=$(grep -oE '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | grep -oE '[0-9]+' | head -1)
  [ -z "$runs" ] && runs=$(sed -nE 's/^#([0-9]+).*/\1/p' <<< "$last")
  cov=$(grep -oE 'cov: [0-9]+' <<< "$last" | grep -oE '[0-9]+')
  ft=$(grep -oE 'ft: [0-9]+' <<< "$last" | grep -oE '[0-9]+')
  corp=$(grep -oE 'corp: [0-9]+' <<< "$last" | grep -oE '[0-9]+')
  if [ $rc -eq 0 ]; then
    result="no finding"
  else
    status=1
    result="FINDING: $(grep -m1 -E '== Java Exception|FuzzTestFindingException|Exception:|Error:' "$log" | cut -c1-160)"
  fi
  printf '%-42s %5ss  runs=%-9s cov=%-5s ft=%-6s corp=%-5s %s\n' "$t" "$took" "${runs:-?}" \
    "${cov:-?}" "${ft:-?}" "${corp:-?}" "$result"
done
exit $status
