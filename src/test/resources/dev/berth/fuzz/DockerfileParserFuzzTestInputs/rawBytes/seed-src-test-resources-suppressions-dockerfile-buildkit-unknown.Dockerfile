# check=skip=jsonargsrecommended,NoEmptyContinuation,JSONArgsRecommended
# berth-test: rules=NoEmptyContinuation,InvalidSuppression
# Check names are case-sensitive; every BuildKit check name is known, implemented by berth or not.
# expect: InvalidSuppression @1:14 "did you mean 'JSONArgsRecommended'?"
FROM alpine:3.20
RUN echo \

    done
