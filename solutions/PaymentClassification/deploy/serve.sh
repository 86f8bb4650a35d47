#!/bin/sh
# SageMaker's bring-your-own-container entry point for the payment model: `docker run <image> serve` runs
# `PaymentClassification serve --model /opt/ml/model [--store STORE]`. $MODEL_DIR moves the bundle; a --model
# argument overrides it. The feature store is, in order: a --store argument; $FEATURE_STORE (a SQLite path or a
# PostgreSQL connection string); features.db inside the model folder (packed into model.tar.gz; copied to
# $TMPDIR or /tmp first when that folder is read-only); else the store the bundle's manifest names (relative to
# the bundle, which outside the repository rarely exists).
# The port is SAGEMAKER_BIND_TO_PORT if set, else 8080 (the serve command reads it), unless --port is given.
set -eu
if [ "${1:-}" = "serve" ]; then
  shift
fi
model="${MODEL_DIR:-/opt/ml/model}"
given_model=""
given_store=""
previous=""
for argument in "$@"; do
  case "$previous" in
    --model) model="$argument" ;;
  esac
  case "$argument" in
    --model) given_model=1 ;;
    --store) given_store=1 ;;
  esac
  previous="$argument"
done
if [ -z "$given_model" ]; then
  set -- --model "$model" "$@"
fi
if [ -z "$given_store" ]; then
  if [ -n "${FEATURE_STORE:-}" ]; then
    set -- "$@" --store "$FEATURE_STORE"
  elif [ -f "$model/features.db" ]; then
    store="$model/features.db"
    # SQLite writes beside its file (write-ahead log, shared memory) even to read: a store in a read-only model
    # folder is copied to a writable one first.
    if [ ! -w "$model" ] || [ ! -w "$store" ]; then
      copy="${TMPDIR:-/tmp}/payment-features.db"
      cp "$store" "$copy"
      store="$copy"
    fi
    set -- "$@" --store "$store"
  fi
fi
exec dotnet /app/PaymentClassification.dll serve "$@"
