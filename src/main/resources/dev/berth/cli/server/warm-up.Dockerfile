# syntax=docker/dockerfile:1
# A build that touches most of the lint, run by a new berth server before its first client run.
ARG BASE=debian:bookworm-slim
FROM ${BASE} AS build
ENV APP_HOME=/srv/app PATH="/srv/app/bin:${PATH}"
WORKDIR $APP_HOME
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \
    && rm -rf /var/lib/apt/lists/*
RUN set -eux; \
    for f in a b c; do echo "$f" >> list.txt; done; \
    if [ -f list.txt ]; then cat list.txt | wc -l; fi
COPY --chown=app:app . .
RUN <<SCRIPT
set -e
curl -fsSL https://example.invalid/tool.tar.gz | tar -xz -C /usr/local/bin
SCRIPT

FROM python:3.12-slim
LABEL org.opencontainers.image.title="warm-up"
COPY --from=build /srv/app /srv/app
RUN pip install --no-cache-dir requests==2.32.3 && useradd -m app
USER app
EXPOSE 8080/tcp
HEALTHCHECK --interval=30s CMD curl -f http://localhost:8080/health || exit 1
CMD ["python", "-m", "http.server", "8080"]
