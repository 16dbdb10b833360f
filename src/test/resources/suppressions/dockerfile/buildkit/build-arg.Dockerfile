# check=skip=all
# berth-test: rules=NoEmptyContinuation,DL9001 buildkit-check=skip=DL9001
# BUILDKIT_DOCKERFILE_CHECK replaces the directive: skip=all no longer applies.
FROM alpine:3.20
# expect: NoEmptyContinuation @+2:5
RUN echo probe \

    done
