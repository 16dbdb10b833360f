#!/usr/bin/env bash
# Copies the project's own test fixtures and samples into the fuzz targets' seed folders
# (src/test/resources/dev/berth/fuzz/<Target>Inputs/<method>/), where Jazzer's JUnit integration
# replays them in every `mvn verify` and starts fuzzing from them. Saved crashers (crash-*,
# timeout-*, slow-unit-*) in those folders are kept. Run it from anywhere; it is idempotent.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
base=src/test/resources/dev/berth/fuzz

# Files of 16 KiB or more (the 64 KiB line of LineTooLong) are left out: libFuzzer takes the largest
# seed as its maximum input length, and long inputs make every run slow.

# seed DIR FILE...: copies each file as seed-<its path with / turned into ->.
seed() {
  local dir="$base/$1"
  shift
  mkdir -p "$dir"
  find "$dir" -maxdepth 1 -name 'seed-*' -delete
  local f
  for f in "$@"; do
    cp "$f" "$dir/seed-$(echo "$f" | tr '/' '-')"
  done
}

mapfile -t dockerfiles < <(find src/test/resources/fixtures/dockerfile src/test/resources/suppressions/dockerfile \
  src/test/resources/fix samples/dockerfile -type f \( -name '*Dockerfile' -o -name 'Dockerfile*' \) \
  -size -16k | sort)
mapfile -t composes < <(find src/test/resources/compose src/test/resources/compose-schema \
  src/test/resources/fixtures/compose src/test/resources/suppressions/compose samples/compose \
  -type f \( -name '*.yaml' -o -name '*.yml' \) | sort)
mapfile -t envs < <(find src/test/resources/fixtures/compose samples/compose -type f -name '*.env' -o -type f -name '.env' | sort)

seed DockerfileParserFuzzTestInputs/rawBytes "${dockerfiles[@]}"
seed LintPipelineFuzzTestInputs/dockerfile "${dockerfiles[@]}"
seed ComposeLoaderFuzzTestInputs/rawBytes "${composes[@]}"
seed LintPipelineFuzzTestInputs/compose "${composes[@]}"
seed InterpolationFuzzTestInputs/dotEnv "${envs[@]}"

# The shell reader and interpolation take one value at a time: every distinct line of the
# fixtures that holds a quote, an escape or a $, one seed each (its text, less a leading keyword).
lines() {
  local dir="$base/$1"
  local pattern="$2"
  shift 2
  mkdir -p "$dir"
  find "$dir" -maxdepth 1 -name 'seed-*' -delete
  grep -a -h -E "$pattern" "$@" | grep -a -v -E '^[[:space:]]*#' | sed -E 's/^[[:space:]]*[A-Za-z]+[[:space:]]+//' | sort -u | head -200 |
    while IFS= read -r line; do
      printf '%s' "$line" > "$dir/seed-$(printf '%s' "$line" | sha1sum | cut -c1-12)"
    done
}
lines ShellWordsFuzzTestInputs/process '[$"'"'"'\\`]' "${dockerfiles[@]}"
lines InterpolationFuzzTestInputs/substitute '\$' "${composes[@]}" "${envs[@]}"

for d in "$base"/*/*; do
  printf '%-60s %s\n' "${d#"$base"/}" "$(find "$d" -maxdepth 1 -type f | wc -l)"
done
