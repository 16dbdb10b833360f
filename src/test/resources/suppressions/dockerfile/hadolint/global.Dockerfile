# berth-test: rules=DL9001,NoEmptyContinuation
FROM alpine:3.20
RUN echo probe
# expect: NoEmptyContinuation @+2:5
RUN echo \

    probe
# Anywhere in the file, for the whole file, findings above included; several are unioned.
# hadolint global ignore=DL9001
# hadolint global ignore=SC2086 # with a reason
FROM alpine:3.20 AS second
RUN echo probe
