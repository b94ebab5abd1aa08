# The order worker: a static binary on a small base, running as its own user.
FROM golang:1.23.4 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /worker ./cmd/worker

FROM alpine:3.21
RUN adduser -D -u 10001 worker
COPY --from=build /worker /usr/local/bin/worker
USER worker
ENTRYPOINT ["worker"]
