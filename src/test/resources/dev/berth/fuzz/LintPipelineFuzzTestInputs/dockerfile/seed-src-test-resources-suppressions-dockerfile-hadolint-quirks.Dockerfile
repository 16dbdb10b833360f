# berth-test: rules=DL9001,InvalidSuppression
FROM alpine:3.20
# Lower-case codes do not parse, so the pragma ignores nothing.
# expect: DL9001 @+0:10
# hadolint ignore=dl9001
RUN echo probe
# expect: InvalidSuppression @5:19 "upper-case ('DL9001')"
# One bad code spoils the whole pragma (hadolint: ignore=crazy,DL3002 ignores nothing).
# expect: DL9001 @+0:10
# hadolint ignore=crazy,DL9001
RUN echo probe
# expect: InvalidSuppression @10:19 "'crazy' is not a hadolint rule code"
# Berth ids are not hadolint codes.
# expect: DL9001 @+0:10
# hadolint ignore=ProbeAlias
RUN echo probe
# expect: InvalidSuppression @15:19 "use '# berth ignore='"
# A reason without '#' spoils it too.
# expect: DL9001 @+0:10
# hadolint ignore=DL9001 because it is fine
RUN echo probe
# expect: InvalidSuppression @20:26 "'because' is not a rule code"
# No code at all.
# hadolint ignore=
RUN echo
# expect: InvalidSuppression @24:19 "Expected a rule code"
# A code berth does not know (and hadolint does not define) is reported; the others still work.
# hadolint ignore=DL9001,DL0042
RUN echo probe
# expect: InvalidSuppression @28:26 "Unknown rule id 'DL0042'"
# hadolint codes berth has no rule for yet are fine: hadolint reads the comment too.
# expect: DL9001 @+0:10
# hadolint ignore=DL3059
RUN echo probe
# The shell pragma suppresses nothing (it only changes the shell ShellCheck is told about).
# expect: DL9001 @+0:10
# hadolint shell=powershell
RUN echo probe
