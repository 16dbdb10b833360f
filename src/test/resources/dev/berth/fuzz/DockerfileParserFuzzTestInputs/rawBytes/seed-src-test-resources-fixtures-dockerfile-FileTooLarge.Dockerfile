# berth-test: max-file-size=10
FROM alpine:3.20
# expect: FileTooLarge @1:1
