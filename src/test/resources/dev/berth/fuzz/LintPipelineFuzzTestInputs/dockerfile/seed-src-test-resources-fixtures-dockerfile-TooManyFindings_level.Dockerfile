# berth-test: rules=TooManyFindings,InvalidSuppression,LegacyKeyValueFormat max-findings-per-file=3
# The notice takes the level of the most severe finding it drops: warning, not info.
FROM alpine:3.20
# expect: LegacyKeyValueFormat @+0:5
ENV A 1
# expect: LegacyKeyValueFormat @+0:5
ENV B 2
# expect: LegacyKeyValueFormat @+0:5
ENV C 3
# expect: TooManyFindings @11:16 "the most severe of them is warning"
# berth ignore=NoSuchRule
RUN true
