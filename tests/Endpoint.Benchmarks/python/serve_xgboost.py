"""The XGBoost twin of the churn model behind Flask, run by gunicorn as SageMaker's XGBoost container does.

    OMP_NUM_THREADS=1 MODEL_DIR=artifacts/benchmarks/xgboost gunicorn --chdir tests/Endpoint.Benchmarks/python \
        --workers 2 --worker-class sync --bind 127.0.0.1:18082 serve_xgboost:app

GET /ping answers 200; POST /invocations takes the same header-less CSV rows as the .NET endpoint and answers
"churn_probability,predicted_churn" per row, as the .NET model does.
"""
import json
import os

import xgboost as xgb
from flask import Flask, Response, request

from churn_features import Featurizer, request_records

CUTOFF = 0.5

model_dir = os.environ.get("MODEL_DIR", "/opt/ml/model")
booster = xgb.Booster(model_file=os.path.join(model_dir, "xgboost-model.json"))
# One thread per worker: the workers are the parallelism. Without this (and OMP_NUM_THREADS=1) every DMatrix
# starts OpenMP threads that spin against the other worker for the 2 cores: 10 ms a request instead of 0.2 ms.
booster.set_param({"nthread": 1})
with open(os.path.join(model_dir, "categories.json")) as file:
    featurizer = Featurizer(json.load(file))

app = Flask(__name__)


@app.get("/ping")
def ping():
    return Response(status=200)


@app.post("/invocations")
def invocations():
    try:
        records = request_records(request.get_data(as_text=True))
    except ValueError as problem:
        return Response(json.dumps({"message": str(problem)}), status=400, mimetype="application/json")
    probabilities = booster.predict(xgb.DMatrix(featurizer.matrix(records), nthread=1))
    lines = "".join(f"{p:.6g},{'true' if p >= CUTOFF else 'false'}\n" for p in probabilities)
    return Response(lines, status=200, mimetype="text/csv")
