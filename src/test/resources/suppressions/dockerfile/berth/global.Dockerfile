# berth-test: rules=DL9001,NoEmptyContinuation
FROM alpine:3.20
# expect: NoEmptyContinuation @+2:5
RUN echo probe \

    done
# berth global ignore=probe-instruction -- anywhere, for the whole file, findings above included
FROM alpine:3.20 AS second
RUN echo probe
