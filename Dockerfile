# xxgk serve as a container image: the upload page and the HTTP API on port 8080.
#   docker build -t xxgk .
#   docker run --rm -p 127.0.0.1:8080:8080 --read-only --tmpfs /tmp xxgk
# Multi-stage: Maven and the JDK stay in the build stage; the image holds a jlinked Java runtime,
# the jar, and Tesseract with its Simplified Chinese model for reports whose tables are pictures.
# It runs as an unprivileged user and writes only under /tmp (uploads are converted in memory),
# so a read-only root file system with a tmpfs on /tmp is enough.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY converter converter
COPY cli cli
COPY benchmark benchmark
COPY docs docs
RUN mvn -B -q -DskipTests -Dfuzz.skip -pl converter,cli -am package
# The modules of the bundle profile (cli/pom.xml, docs/distribution.md).
RUN jlink --add-modules "$(sed -n 's:.*<bundle.modules>\(.*\)</bundle.modules>.*:\1:p' cli/pom.xml)" \
      --include-locales=en,zh --strip-debug --no-header-files --no-man-pages --compress=2 --output /runtime

FROM debian:bookworm-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      tesseract-ocr tesseract-ocr-chi-sim fontconfig fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /tmp --shell /usr/sbin/nologin xxgk
COPY --from=build /runtime /opt/xxgk/runtime
COPY --from=build /src/cli/target/xxgk.jar /opt/xxgk/xxgk.jar
ENV LANG=C.UTF-8 HOME=/tmp
USER 10001
EXPOSE 8080
# -XX:-UsePerfData: no hsperfdata file; the server's worker processes use the same runtime.
ENTRYPOINT ["/opt/xxgk/runtime/bin/java", "-Xmx768m", "-XX:-UsePerfData", "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=/tmp", \
            "-jar", "/opt/xxgk/xxgk.jar"]
CMD ["serve", "--bind", "0.0.0.0", "--port", "8080"]
