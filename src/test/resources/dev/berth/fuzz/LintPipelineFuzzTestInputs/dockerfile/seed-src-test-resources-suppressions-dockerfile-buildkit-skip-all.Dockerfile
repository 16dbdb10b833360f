# check=skip=all
# berth-test: rules=NoEmptyContinuation,DL9001,InvalidArgumentCount
FROM alpine:3.20
RUN echo \

    done
# skip=all covers BuildKit checks only: not DL rules, not syntax errors.
# expect: DL9001 @+0:10
RUN echo probe
# expect: InvalidArgumentCount @+0:5
ENV PATH
