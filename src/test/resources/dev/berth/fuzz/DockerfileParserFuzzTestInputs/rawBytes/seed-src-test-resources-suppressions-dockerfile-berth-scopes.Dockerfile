# berth ignore-file=NoEmptyContinuation
# berth-test: rules=DL9001,InvalidSuppression,NoEmptyContinuation
# expect: DL9001 @+0:6
FROM probe:1 AS first
RUN echo \

    done
# A stage pragma covers the FROM below it and its whole stage.
# berth stage ignore=DL9001 generated stage
FROM probe:1 AS second
RUN echo probe
# expect: DL9001 @+0:6
FROM probe:1 AS third
# berth global ignore=SC2086,DL3008
# ignore-file after the first instruction is reported and suppresses nothing.
# berth ignore-file=DL9001
# expect: DL9001 @+0:10
RUN echo probe
# expect: InvalidSuppression @16:1 "must come before the first instruction"
# Malformed berth pragmas are reported.
# berth ignore DL9001
# expect: DL9001 @+0:10
RUN echo probe
# expect: InvalidSuppression @21:9 "Malformed berth pragma"
# A trailing comma is reported; the ids before it still apply.
# berth ignore=DL9001,
RUN echo probe
# expect: InvalidSuppression @26:23 "Expected a rule id after ','"
