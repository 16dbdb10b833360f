FROM alpine:3.20
# expect: ExecFormNotStrings @+0:15
CMD ["sleep", 10]
# expect: ExecFormNotStrings @+0:12
ENTRYPOINT ["a", ["b"]]
CMD ["sleep", "10"]
# not JSON at all, so shell form: fine
CMD ['sleep', 10]
