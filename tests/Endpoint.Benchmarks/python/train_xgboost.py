#!/usr/bin/python3
"""Trains the XGBoost twin of the churn model for the gunicorn + Flask comparison (docs/benchmarks.md, Endpoint).

Same data and features as the ML.NET model; 200 trees of depth up to 6, learning rate 0.1, seed 42. Writes
xgboost-model.json and categories.json to --out, and prints the test AUC so the twin is seen to be a real model.
"""
import argparse
import csv
import json
import os
import random

import numpy as np
import xgboost as xgb

from churn_features import LABEL, Featurizer


def auc(labels, scores):
    """Area under the ROC curve by ranks (Mann-Whitney U), ties given their average rank."""
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    sorted_scores = scores[order]
    i = 0
    while i < len(scores):
        j = i
        while j + 1 < len(scores) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    positives = labels.sum()
    negatives = len(labels) - positives
    return (ranks[labels == 1].sum() - positives * (positives + 1) / 2) / (positives * negatives)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="data/churn/churn.csv")
    parser.add_argument("--out", default="artifacts/benchmarks/xgboost")
    parser.add_argument("--seed", type=int, default=42)
    arguments = parser.parse_args()

    with open(arguments.data, newline="") as file:
        records = list(csv.DictReader(file))
    random.Random(arguments.seed).shuffle(records)
    test_size = len(records) // 5
    train, test = records[test_size:], records[:test_size]
    featurizer = Featurizer.fit(train)
    labels = lambda rows: np.array([1.0 if r[LABEL].startswith("True") else 0.0 for r in rows], dtype=np.float32)

    booster = xgb.train(
        {"objective": "binary:logistic", "max_depth": 6, "eta": 0.1, "seed": arguments.seed, "nthread": 2,
         "tree_method": "hist", "eval_metric": "auc"},
        xgb.DMatrix(featurizer.matrix(train), label=labels(train)),
        num_boost_round=200)
    test_auc = auc(labels(test), booster.predict(xgb.DMatrix(featurizer.matrix(test))))

    os.makedirs(arguments.out, exist_ok=True)
    booster.save_model(os.path.join(arguments.out, "xgboost-model.json"))
    with open(os.path.join(arguments.out, "categories.json"), "w") as file:
        json.dump(featurizer.categories, file)
    print(f"XGBoost {xgb.__version__}: 200 trees, depth 6, {len(train)} training rows; test AUC {test_auc:.3f} on {len(test)} rows")


if __name__ == "__main__":
    main()
