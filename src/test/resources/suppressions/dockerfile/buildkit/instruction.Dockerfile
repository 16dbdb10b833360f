# berth-test: rules=NoEmptyContinuation,DL9001
FROM alpine:3.20
# check=skip=NoEmptyContinuation // only this instruction
RUN echo \

    done
# expect: NoEmptyContinuation @+2:5
RUN echo \

    done
# The whole comment block since the previous instruction counts, blank lines included; the
# first valid one wins, and skip=all covers BuildKit checks only.
# check=skip=all

# check=skip=DL9001
# expect: DL9001 @+0:10
RUN echo probe \

    done
# An empty '#' line clears the block.
# check=skip=all
#
# expect: NoEmptyContinuation @+2:5
RUN echo \

    done
# An invalid one is silently ignored, and a later valid one may win.
# check=skip=all;bogus
# check=skip=NoEmptyContinuation,DL9001
RUN echo probe \

    done
