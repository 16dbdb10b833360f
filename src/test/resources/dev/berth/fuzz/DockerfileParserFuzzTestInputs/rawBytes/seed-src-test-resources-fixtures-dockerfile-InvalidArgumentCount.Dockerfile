FROM alpine:3.20
# expect: InvalidArgumentCount @+0:5 "no value"
ENV PATH
# expect: InvalidArgumentCount @+0:7
LABEL maintainer
ENV PATH /usr/bin
