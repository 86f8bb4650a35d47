#!/usr/bin/env python3
"""A serving-contract container whose model throws on every invocation (standard library only).

It is ready (GET /ping answers 200), so the endpoint routes to it; each POST /invocations raises inside the
"model" and the server answers 500 with the exception's message, as a Flask or Kestrel app does. The
endpoint must turn that into ModelError (424) for the caller while its other containers keep serving.
"""
import argparse
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def predict(_body):
    raise RuntimeError("the model failed: feature matrix has 19 columns, the booster expects 20")


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self._answer(200 if self.path == "/ping" else 404, b"", None)

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.path != "/invocations":
            return self._answer(404, b"", None)
        try:
            predict(body)
        except RuntimeError as failure:
            return self._answer(500, json.dumps({"message": str(failure)}).encode("utf-8"), "application/json")

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
    parser.add_argument("--port", type=int, default=18083)
    arguments = parser.parse_args()
    ThreadingHTTPServer(("127.0.0.1", arguments.port), Handler).serve_forever()
