# berth-test: rules=DL9001,InvalidSuppression,NoEmptyContinuation
FROM alpine:3.20
# A reason may follow the ids, no '#' needed.
# berth ignore=DL9001 the probe is expected here
RUN echo probe
# Rule names and aliases work too; a reason may start with '--' or '#'.
# berth ignore=probe-instruction -- by name
RUN echo probe
# berth ignore=ProbeAlias # by alias
RUN echo probe
# Stacked berth pragmas all apply, and other comments in between do not break them.
# berth ignore=DL9001
# a plain comment
# berth ignore=NoEmptyContinuation
RUN echo probe \

    && true
# A blank line breaks it.
# berth ignore=DL9001

# expect: DL9001 @+0:10
RUN echo probe
# Ids are separated by commas: a second id after a space is read as the reason, and berth says so.
# expect: NoEmptyContinuation @+2:5
# berth ignore=DL9001 NoEmptyContinuation
RUN echo probe \

    && true
# expect: InvalidSuppression @25:23 "read as the start of the reason"
# Unknown ids are reported at their column; the known ones still apply.
# berth ignore=DL9001,NoSuchRule,dl9001
RUN echo probe
# expect: InvalidSuppression @31:23 "Unknown rule id 'NoSuchRule'"
# expect: InvalidSuppression @31:34 "did you mean 'DL9001'?"
