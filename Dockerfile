# Builds and runs Khata Network. Used by docker-compose.yml; not exercised by CI (no Docker engine there).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/app/target/khata-network.jar /app/khata-network.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/khata-network.jar"]
