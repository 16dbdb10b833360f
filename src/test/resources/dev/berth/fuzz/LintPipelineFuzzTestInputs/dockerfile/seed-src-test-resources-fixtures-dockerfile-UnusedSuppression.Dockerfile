# berth-test: rules=UnusedSuppression,InvalidArgumentCount,KeyValueSyntax
FROM alpine:3.20
# Used: the finding it names is there.
# berth ignore=InvalidArgumentCount
ENV PATH
# Unused: this ENV has a value.
# berth ignore=InvalidArgumentCount -- stale
ENV PATH=/bin
# expect: UnusedSuppression @7:16 "no InvalidArgumentCount finding there"
# One id used, one not.
# berth ignore=InvalidArgumentCount,KeyValueSyntax
LABEL maintainer
# expect: UnusedSuppression @11:37 "no KeyValueSyntax finding there"
# Rules that did not run, and ids berth has no rule for, are not known to be unused.
# berth ignore=NoEmptyContinuation,DL3008,SC2086
RUN true
# A suppression without ids.
# dockerfile-utils: ignore
RUN true
# expect: UnusedSuppression @18:1 "nothing here to suppress"
# berth global ignore=KeyValueSyntax
# expect: UnusedSuppression @21:23 "no KeyValueSyntax finding in this file"
# Unused-suppression findings can themselves be suppressed.
# berth ignore=UnusedSuppression
# berth ignore=InvalidArgumentCount
RUN true
