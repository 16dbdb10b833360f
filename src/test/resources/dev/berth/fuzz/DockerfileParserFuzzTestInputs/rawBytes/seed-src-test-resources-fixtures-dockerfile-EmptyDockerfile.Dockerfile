# Only comments: BuildKit says "file with no instructions".
# expect: EmptyDockerfile @1:1
