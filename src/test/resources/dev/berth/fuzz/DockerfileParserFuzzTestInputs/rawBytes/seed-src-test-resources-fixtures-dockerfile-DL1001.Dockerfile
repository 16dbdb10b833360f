# berth-test: rules=DL1001 disable-ignore-pragma=yes
# hadolint global ignore=DL3008
FROM debian:12
# expect: DL1001 @5:1
# hadolint ignore=DL3008
# hadolint stage ignore=DL3008
RUN apt-get update && apt-get install -y curl
# expect: DL1001 @9:1
# berth ignore=DL3008 -- pinned by the base image
RUN apt-get install -y curl
# expect: DL1001 @12:1
# dockerfile-utils: ignore
RUN true
# hadolint shell=bash
# check=skip=all
RUN true
