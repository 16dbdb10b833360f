# check=skip=NoEmptyContinuation // trailing prose is cut off at the first space
# berth-test: rules=NoEmptyContinuation,DL9001,InvalidSuppression
FROM alpine:3.20
RUN echo \

    done
# expect: DL9001 @+0:10
RUN echo probe
