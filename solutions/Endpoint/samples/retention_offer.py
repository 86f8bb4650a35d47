#!/usr/bin/env python3
"""A serving-contract container in Python (standard library only): the second step of config/serial.json.

It reads the churn model's CSV answer, one line per customer: churn_probability,predicted_churn[,...]
and answers with JSON: {"offers": [{"churn_probability": p, "offer": "...", "expected_saving": s}]}.
The expected saving of an offer is p * customer value * acceptance rate - offer cost, with the figures
below (the public churn example's: a $500 customer, a $100 offer, half of those offered stay).
"""
import argparse
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CUSTOMER_VALUE = 500.0
OFFER_COST = 100.0
ACCEPTANCE = 0.5


def offers(csv_text):
    result = []
    for number, line in enumerate(csv_text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            probability = float(line.split(",")[0])
        except ValueError:
            raise ValueError(f"line {number}: expected churn_probability first, got {line[:40]!r}")
        saving = probability * CUSTOMER_VALUE * ACCEPTANCE - OFFER_COST
        result.append({
            "churn_probability": probability,
            "offer": "retention-call" if saving > 0 else "none",
            "expected_saving": round(saving, 2),
        })
    return {"offers": result}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self._answer(200 if self.path == "/ping" else 404, b"", None)

    def do_POST(self):
        if self.path != "/invocations":
            return self._answer(404, b"", None)
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if not (self.headers.get("Content-Type") or "text/csv").startswith("text/csv"):
            return self._error(415, "send text/csv: the churn model's answer")
        try:
            payload = json.dumps(offers(body.decode("utf-8"))).encode("utf-8")
        except ValueError as problem:
            return self._error(400, str(problem))
        self._answer(200, payload, "application/json")

    def _error(self, status, message):
        self._answer(status, json.dumps({"message": message}).encode("utf-8"), "application/json")

    def _answer(self, status, payload, content_type):
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=9001)
    arguments = parser.parse_args()
    ThreadingHTTPServer(("127.0.0.1", arguments.port), Handler).serve_forever()
