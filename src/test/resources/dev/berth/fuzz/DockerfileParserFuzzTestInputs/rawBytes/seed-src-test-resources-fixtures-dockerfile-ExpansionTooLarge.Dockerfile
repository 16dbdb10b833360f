# berth-test: max-expansion-size=1000
FROM alpine:3.20
ARG A0=xx
ARG A1=$A0$A0
ARG A2=$A1$A1
ARG A3=$A2$A2
ARG A4=$A3$A3
ARG A5=$A4$A4
ARG A6=$A5$A5
ARG A7=$A6$A6
# expect: ExpansionTooLarge @+0:8 "more than 1000 characters"
ARG A8=$A7$A7
# Evaluation stopped above: nothing after it is reported again.
ENV B=$A8$A8$A8$A8
