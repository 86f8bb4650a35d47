#!/bin/sh
# SageMaker's bring-your-own-container entry point for the lung survival models: `docker run <image> serve` runs
# `LungSurvival serve --model /opt/ml/model --mode $MODE`. $MODEL_DIR moves the bundle and $MODE picks the model
# (survival, radiomics or both; default survival); --model and --mode arguments override them.
# The port is SAGEMAKER_BIND_TO_PORT if set, else 8080 (the serve command reads it), unless --port is given.
set -eu
if [ "${1:-}" = "serve" ]; then
  shift
fi
model="--model ${MODEL_DIR:-/opt/ml/model}"
mode="--mode ${MODE:-survival}"
for argument in "$@"; do
  case "$argument" in
    --model) model="" ;;
    --mode) mode="" ;;
  esac
done
# shellcheck disable=SC2086 # the defaults are two words each, split on purpose; paths with spaces go through --model.
exec dotnet /app/LungSurvival.dll serve $model $mode "$@"
