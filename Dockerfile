# syntax=docker/dockerfile:1
# berth in a container: build the jar with Maven, run it on a Java runtime alone.
#   docker build -t berth .
#   docker run --rm -i berth lint - < Dockerfile
#   docker run --rm -v "$PWD:/work" berth lint .
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY grammar/ grammar/
COPY rules/ rules/
COPY src/main/ src/main/
RUN --mount=type=cache,target=/root/.m2 mvn -B -ntp -DskipTests package

FROM eclipse-temurin:17.0.13_11-jre-alpine
COPY --from=build /src/target/berth.jar /opt/berth/berth.jar
USER 65532:65532
WORKDIR /work
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss8m", "-Xmn64m", "-jar", "/opt/berth/berth.jar"]
CMD ["--help"]
