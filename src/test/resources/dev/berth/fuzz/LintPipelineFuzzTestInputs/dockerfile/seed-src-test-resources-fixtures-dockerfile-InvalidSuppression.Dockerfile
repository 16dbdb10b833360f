# check=skip=NoEmptyContinuation,noEmptyContinuation;experimental=InvalidDefinitionDescription
# expect: InvalidSuppression @1:34 "did you mean 'NoEmptyContinuation'?"
FROM alpine:3.20
# Rule ids, names and aliases of any Dockerfile rule are known, and so are hadolint codes,
# BuildKit check names and ShellCheck codes, implemented by berth or not.
# berth ignore=InvalidArgumentCount,key-value-syntax,DL3008,SC2086,UndefinedVar because
RUN true
# hadolint ignore=DL3008,SC2086
RUN true
# Unknown ids are reported at their column.
# berth ignore=KeyValueSyntax,NoSuchRule -- reason
RUN true
# expect: InvalidSuppression @11:31 "Unknown rule id 'NoSuchRule'"
# Compose rule ids are not Dockerfile rules.
# berth global ignore=no-version-field
# expect: InvalidSuppression @15:23 "Unknown rule id 'no-version-field'"
# Malformed hadolint pragmas are reported where they go wrong.
# hadolint ignore=DL3008,dl3009
RUN true
# expect: InvalidSuppression @18:26 "upper-case"
# An unknown name in a per-instruction check comment.
# check=skip=NoSuchCheck
RUN true
# expect: InvalidSuppression @22:14 "Unknown rule id 'NoSuchCheck'"
