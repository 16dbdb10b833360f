# escape=x
FROM alpine:3.20
# expect: InvalidDirective @1:10 "invalid escape"
