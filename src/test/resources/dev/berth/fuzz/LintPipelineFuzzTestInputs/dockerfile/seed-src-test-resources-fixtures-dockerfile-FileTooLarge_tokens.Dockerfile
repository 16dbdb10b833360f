# berth-test: max-dockerfile-tokens=12
# Comments, keywords, words and line ends are tokens; the 13th is on line 5.
FROM alpine:3.20
RUN echo one
# expect: FileTooLarge @5:1 "more than 12 tokens"
ENV A=1 B=2
LABEL a=b
RUN echo never parsed
