# berth-test: rules=TooManyFindings,InvalidArgumentCount max-findings-per-file=2
FROM alpine:3.20
# expect: InvalidArgumentCount @+0:5
ENV A
# expect: InvalidArgumentCount @+0:5
ENV B
# The report stops here: the finding of this line and the next are dropped.
# expect: TooManyFindings @+0:5 "2 more findings from here on"
ENV C
ENV D
