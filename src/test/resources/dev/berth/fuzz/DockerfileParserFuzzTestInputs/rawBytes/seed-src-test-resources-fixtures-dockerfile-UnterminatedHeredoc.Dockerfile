FROM alpine:3.20
RUN <<EOF
echo indented terminators do not count
  EOF
# expect: UnterminatedHeredoc @2:5
