# The platform as a container image. Build: docker compose build (or docker build -t ipflow .).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY processes processes
COPY workers workers
COPY signing signing
COPY platform platform
# Keycloak runs in its own container here: do not unpack it into the build.
RUN ./mvnw -B -ntp -DskipTests -Dspotless.check.skip=true -Dipflow.keycloak.skip=true -pl platform -am package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 ipflow && mkdir -p /var/lib/ipflow/pki && chown -R ipflow /var/lib/ipflow
USER ipflow
WORKDIR /opt/ipflow
COPY --from=build /src/platform/target/ipflow-platform.jar ipflow-platform.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/ipflow/ipflow-platform.jar"]
