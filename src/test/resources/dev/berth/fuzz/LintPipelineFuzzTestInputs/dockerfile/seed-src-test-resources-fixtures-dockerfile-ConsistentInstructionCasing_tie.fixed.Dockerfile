# One lower-case and one upper-case keyword: a tie means upper case.
FROM alpine:3.20
# expect: ConsistentInstructionCasing "is not uppercase"
RUN echo hi
