# A fragment meant to be pasted into a bigger Dockerfile.
# expect: EmptyDockerfile "no FROM"
RUN apt-get update
COPY app /app
