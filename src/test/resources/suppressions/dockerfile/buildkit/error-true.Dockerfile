# check=error=true
# berth-test: rules=DL3025,MultipleInstructionsDisallowed,DL3064
FROM scratch
# expect: DL4003 @+0:1
CMD ["/one"]
CMD ["/two"]
# expect: DL3064 @+0:5
ENV DB_PASSWORD=secret
