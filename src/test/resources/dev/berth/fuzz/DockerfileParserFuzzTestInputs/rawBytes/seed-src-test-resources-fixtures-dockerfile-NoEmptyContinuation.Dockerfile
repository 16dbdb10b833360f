FROM alpine:3.20
# expect: NoEmptyContinuation @+1:1
RUN apk add --no-cache \

    curl
RUN apk add --no-cache \
# a comment line inside the continuation is fine
    wget
