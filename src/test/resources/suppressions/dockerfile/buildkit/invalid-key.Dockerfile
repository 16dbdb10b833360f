# check=Skip=NoEmptyContinuation
# berth-test: rules=NoEmptyContinuation,InvalidDirective
# Option keys are case-sensitive.
# expect: InvalidDirective @1:9 "invalid check option"
FROM alpine:3.20
# expect: NoEmptyContinuation @+2:5
RUN echo \

    done
