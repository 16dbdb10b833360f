# berth-test: rules=ConsistentInstructionCasing,FromAsCasing
# Most keywords are lower case, so the upper-case FROM is reported. Once it is fixed, its 'AS'
# no longer matches, and FromAsCasing fixes that in the fixer's second pass.
# expect: ConsistentInstructionCasing "write 'from'"
from golang:1.22 as build
run go build -o /out/app ./...
from alpine:3.20
copy --from=build /out/app /app
