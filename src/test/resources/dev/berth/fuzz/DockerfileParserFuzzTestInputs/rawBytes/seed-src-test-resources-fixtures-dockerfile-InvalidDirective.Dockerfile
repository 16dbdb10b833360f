# escape=`
# escape=\
FROM alpine:3.20
# expect: InvalidDirective @2:1 "only one escape"
