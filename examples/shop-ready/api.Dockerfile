# syntax=docker/dockerfile:1.7
# The API image, built by skaffold (skaffold.yaml) as registry.acme.dev/shop/api.
FROM node:20.19-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates=20230311 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# The registry token is a build secret: mounted for this one step, never in a layer.
RUN --mount=type=secret,id=npm_token NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci --omit=dev
ADD --checksum=sha256:8b1a9953c4611296a827abf8c47804d7e6c49c6b5b1c2f3e5f2b9c0d6e3a4f51 https://assets.acme.dev/geoip/GeoLite2-City-2026-11.tar.gz /opt/geoip/
COPY . .

FROM gcr.io/distroless/nodejs20-debian12:nonroot
COPY --from=build /app /app
COPY --from=build /opt/geoip /opt/geoip
WORKDIR /app
USER 10001
CMD ["server.js"]
