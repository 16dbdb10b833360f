# berth-test: max-heredoc-size=16
FROM alpine:3.20
# expect: HeredocTooLarge @+0:5 "17 bytes, over the 16-byte limit"
RUN <<EOF
0123456789abcdef
EOF
# Exactly at the limit: fine.
RUN <<EOF
0123456789abcde
EOF
# expect: HeredocTooLarge @+0:12
COPY <<one <<two /dst/
first
one
the second body is longer
two
RUN echo after
