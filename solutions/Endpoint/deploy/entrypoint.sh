#!/bin/sh
# Starts the endpoint host with the config in $ENDPOINT_CONFIG. SageMaker starts a bring-your-own container as
# `docker run <image> serve`, Kubernetes and plain docker with the image's CMD (also `serve`); any further
# arguments (e.g. --port 9000, --train-missing) are passed on. The port defaults to SAGEMAKER_BIND_TO_PORT, else 8080.
set -eu
if [ "${1:-}" = "serve" ]; then
  shift
fi
exec dotnet /app/Endpoint.dll serve --config "${ENDPOINT_CONFIG:-/opt/endpoint/config/endpoint.json}" "$@"
