# syntax=docker/dockerfile:1
FROM debian:12 as build
MAINTAINER Jane Doe <jane@example.com>
ENV APP_HOME /opt/app
ENV GREETING hello world
run apt-get update && apt-get install -y --no-install-recommends \
      curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR $APP_HOME
COPY . .
RUN make build
RUN make test
RUN make install

FROM debian:12-slim
LABEL org.opencontainers.image.title berth example
COPY --from=build /opt/app /opt/app
CMD ["/opt/app/run"]
