# berth-test: rules=DL9001
# expect: DL9001 @+0:6
FROM probe:1 AS first
# expect: DL9001 @+0:10
RUN echo probe
# A stage pragma right above a FROM covers that FROM too (hadolint misses the FROM line).
# hadolint stage ignore=DL9001
FROM probe:1 AS second
RUN echo probe
RUN echo probe
# Until the next FROM.
# expect: DL9001 @+0:6
FROM probe:1 AS third
# expect: DL9001 @+0:10
RUN echo probe
# Inside a stage: from the next line to the end of the stage.
# hadolint stage ignore=DL9001
RUN echo probe

RUN echo probe
# expect: DL9001 @+0:6
FROM probe:1 AS fourth
