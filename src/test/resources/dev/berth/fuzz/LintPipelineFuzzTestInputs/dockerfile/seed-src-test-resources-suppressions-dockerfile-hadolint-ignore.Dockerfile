# berth-test: rules=DL9001,InvalidSuppression
FROM alpine:3.20
# An ignore pragma right above an instruction drops its findings.
# hadolint ignore=DL9001
RUN echo probe
# expect: DL9001 @+0:10
RUN echo probe
# All of the instruction: hadolint reports every finding on its first line.
# hadolint ignore=DL9001
RUN echo first \
    && echo probe
# A reason after the codes needs '#'; blanks around commas are fine; SC codes are known.
# hadolint ignore=DL3008 , DL9001,SC2086 # the probe is fine here
RUN echo probe
# A blank line breaks the pragma.
# hadolint ignore=DL9001

# expect: DL9001 @+0:10
RUN echo probe
# So does another comment (here, the marker).
# hadolint ignore=DL9001
# expect: DL9001 @+0:10
RUN echo probe
# Stacked pragmas: only the last one works, as in hadolint.
# expect: DL9001 @+0:10
# hadolint ignore=DL9001
# hadolint ignore=DL3008
RUN echo probe
# Comments inside a continued instruction are not pragmas.
# expect: DL9001 @+2:13
RUN echo first \
# hadolint ignore=DL9001
    && echo probe
