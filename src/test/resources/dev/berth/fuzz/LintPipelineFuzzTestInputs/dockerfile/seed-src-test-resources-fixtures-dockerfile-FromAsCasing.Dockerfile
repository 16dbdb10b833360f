# expect: FromAsCasing @+0:18 "write 'AS'"
FROM alpine:3.20 as base
# expect: FromAsCasing @+0:11 "write 'as'"
from base AS build
# expect: FromAsCasing @+0:11 "write 'AS'"
FROM base As mixed
# A mixed-case FROM is left to ConsistentInstructionCasing.
From base as other
FROM base AS upper
from base as lower
FROM base
