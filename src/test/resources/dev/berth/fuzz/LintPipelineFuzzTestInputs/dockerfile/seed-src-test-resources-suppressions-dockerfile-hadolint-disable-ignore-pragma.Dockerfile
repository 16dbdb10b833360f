# check=skip=NoEmptyContinuation
# berth-test: rules=DL9001,NoEmptyContinuation,InvalidSuppression disable-ignore-pragma=yes
# hadolint global ignore=DL9001
# berth global ignore=DL9001
FROM alpine:3.20
# Inline, stage and global pragmas are neither honoured nor checked...
# expect: DL9001 @+0:10
# hadolint ignore=DL9001,DL0042
RUN echo probe
# expect: DL9001 @+0:10
# berth ignore=DL9001
RUN echo probe
# expect: DL9001 @+0:10
# dockerfile-utils: ignore
RUN echo probe
# ... but BuildKit's check directive still is.
RUN echo \

    done
