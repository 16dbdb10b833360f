FROM alpine:3.20
# a Latin-1 e acute follows
LABEL description="café"
# expect: InvalidUtf8 @3:23
