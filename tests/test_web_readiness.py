"""web.ask_readiness, the client side of /health/ready the demo and the load test use,
against a real HTTP server answering as a worker does (200 or 503 with a JSON body)."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import orjson
import pytest

from streams import web
from streams.cli import free_port


def _serve(status: int, body: bytes):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(status if self.path == web.READY_PATH else 404)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.mark.parametrize("status", [200, 503])
def test_the_body_is_read_whether_ready_or_not(status):
    state = {"ready": status == 200, "partitions": [0, 3], "recovered": True, "rebalancing": status != 200}
    server = _serve(status, orjson.dumps(state))
    try:
        assert web.ask_readiness(server.server_address[1]) == state
    finally:
        server.shutdown()


def test_a_body_that_is_not_json_is_no_answer():
    server = _serve(503, b"<html>busy</html>")
    try:
        assert web.ask_readiness(server.server_address[1]) is None
    finally:
        server.shutdown()


def test_nothing_listening_is_no_answer():
    assert web.ask_readiness(free_port()) is None
