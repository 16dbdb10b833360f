# Most keywords are upper case: the lower-case and mixed-case ones are reported.
FROM alpine:3.20 AS build
# expect: ConsistentInstructionCasing "write 'RUN'"
RUN echo building
RUN <<EOF
run heredoc bodies are not instructions: this line is neither counted nor reported
from nor is this one
EOF
# expect: ConsistentInstructionCasing "'Copy' is not uppercase"
COPY . /src
# The keywords of ONBUILD triggers are neither counted nor reported, as in BuildKit.
ONBUILD run echo trigger
# expect: ConsistentInstructionCasing "write 'FROM'"
FROM alpine:3.20
CMD ["sh"]
