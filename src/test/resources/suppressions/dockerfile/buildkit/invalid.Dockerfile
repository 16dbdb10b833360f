# check=skip=NoEmptyContinuation;error=maybe
# berth-test: rules=NoEmptyContinuation,InvalidDirective
# An invalid option is an error and no option applies (BuildKit fails the build).
# expect: InvalidDirective @1:34 "failed to parse check option"
FROM alpine:3.20
# expect: NoEmptyContinuation @+2:5
RUN echo \

    done
