#!/bin/sh
# SageMaker's bring-your-own-container entry point for the bird detector: `docker run <image> serve` runs
# `BirdDetection serve --model /opt/ml/model`. $MODEL_DIR moves the bundle; a --model argument overrides it.
# The port is SAGEMAKER_BIND_TO_PORT if set, else 8080 (the serve command reads it), unless --port is given.
set -eu
if [ "${1:-}" = "serve" ]; then
  shift
fi
for argument in "$@"; do
  if [ "$argument" = "--model" ]; then
    exec dotnet /app/BirdDetection.dll serve "$@"
  fi
done
exec dotnet /app/BirdDetection.dll serve --model "${MODEL_DIR:-/opt/ml/model}" "$@"
