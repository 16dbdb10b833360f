# berth-test: rules=DL9001,NoEmptyContinuation
FROM alpine:3.20
# Every rule, for the instruction that starts on the next line.
# dockerfile-utils: ignore
RUN echo probe \

    done
# Only directly above the instruction.
# dockerfile-utils: ignore

# expect: DL9001 @+0:10
RUN echo probe
# The comment must be exactly this.
# expect: DL9001 @+0:10
# dockerfile-utils: ignore please
RUN echo probe
