# check=skip=JSONArgsRecommended,MultipleInstructionsDisallowed,UndefinedVar
# berth-test: rules=DL3025,MultipleInstructionsDisallowed,UndefinedVar,StageNameCasing,DL3000,DL3064,UnknownFlag,DL3043
# expect: StageNameCasing @+0:17
FROM scratch AS Build
# The directive names BuildKit's checks; berth's rules answer to those names.
CMD echo shell form
CMD ["/app"]
COPY $UNDEFINED /dst/
# A check the directive does not name still runs.
# expect: DL3000 @+0:9
WORKDIR relative
# expect: DL3064 @+0:5
ARG API_TOKEN
# Syntax errors are no checks: skip never hides them.
# expect: UnknownFlag @+0:6
COPY --own=x a /b/
# expect: DL3043 @+0:9
ONBUILD ONBUILD RUN true
# A per-instruction comment adds a check for this instruction only.
# check=skip=StageNameCasing
FROM scratch AS Other
