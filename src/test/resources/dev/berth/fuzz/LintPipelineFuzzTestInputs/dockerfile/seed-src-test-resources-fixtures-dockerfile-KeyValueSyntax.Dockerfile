FROM alpine:3.20
# expect: KeyValueSyntax @+0:20 "'world'"
ENV GREETING=hello world
ENV GREETING="hello world"
# expect: KeyValueSyntax @+1:5
LABEL a=1 \
    b
