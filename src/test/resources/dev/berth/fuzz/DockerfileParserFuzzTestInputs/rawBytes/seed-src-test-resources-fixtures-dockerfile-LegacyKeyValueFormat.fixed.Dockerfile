FROM alpine:3.20
# expect: LegacyKeyValueFormat @+0:5 "write ENV PORT=8080 instead"
ENV PORT=8080
# expect: LegacyKeyValueFormat @+0:5 "write ENV GREETING="
ENV GREETING="hello   world"
# expect: LegacyKeyValueFormat @+0:5
ENV QUOTED="already one word"
# expect: LegacyKeyValueFormat @+0:5
ENV ESCAPED=one\ word
# expect: LegacyKeyValueFormat @+0:5
ENV MIXED="say it is $HOME now \$5"
# expect: LegacyKeyValueFormat @+0:7 "write LABEL description="
LABEL description="A tiny image"
# expect: LegacyKeyValueFormat @+0:5
env lower="${HOME:-/root} dir"
# expect: LegacyKeyValueFormat @+0:13
ONBUILD ENV TRIGGER="some value"
# A one-word value continued over two lines gets its '=' and keeps its lines.
# expect: LegacyKeyValueFormat @+0:7 "write LABEL description="
LABEL description="a long text \
    that continues"
# A value with spaces continued over two lines is reported, not fixed.
# expect: LegacyKeyValueFormat @+0:7 "write LABEL long=<value>, quoting the value"
LABEL long first \
    second
# A quoted key is reported, not fixed.
# expect: LegacyKeyValueFormat @+0:7 "<value>"
LABEL "com.example.vendor" ACME Inc
# A value BuildKit cannot process (an unterminated quote) is reported, not fixed.
# expect: LegacyKeyValueFormat @+0:5 "<value>"
ENV BROKEN it's
ENV NEW=form OTHER="also new"
LABEL version="1.0"
