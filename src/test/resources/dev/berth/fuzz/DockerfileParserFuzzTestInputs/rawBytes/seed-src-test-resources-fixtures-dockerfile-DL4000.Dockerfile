FROM alpine:3.20
# expect: DL4000 "write LABEL maintainer="
MAINTAINER Jane Doe <jane@example.com>
# A lower-case keyword stays lower case.
# expect: DL4000 "write label maintainer="
maintainer ops team
# MAINTAINER text is literal; the label value escapes quotes, $ and the escape character.
# expect: DL4000 "\$HOME"
MAINTAINER   "Ops" $HOME \team
# Continued over two lines: reported, not fixed.
# expect: DL4000 "write LABEL maintainer="
MAINTAINER Jane \
    Doe
LABEL maintainer="already a label"
