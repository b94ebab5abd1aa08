# The API image, built by skaffold (skaffold.yaml) as registry.acme.dev/shop/api.
FROM node:latest
ENV NPM_TOKEN=hunter2
RUN apt-get update && apt-get install -y curl
RUN curl -fsSL https://deb.nodesource.example/setup.sh | bash
ADD https://assets.acme.dev/geoip/GeoLite2-City.tar.gz /opt/geoip/
WORKDIR /app
COPY . .
RUN npm ci --omit=dev
CMD ["node", "server.js"]
