#!/usr/bin/env python3
"""A local mail server for the invitation tests (aiosmtpd).

Usage: smtp_sink.py PORT OUT_DIR [--refuse ADDRESS]... [--busy N] [--refuse-login]

Each message accepted is written to OUT_DIR as NNNN.json: the envelope's
recipients, the To and Subject headers, the plain text and HTML parts, and
how many inline images it carries. ADDRESS is refused at RCPT with 550; the
first N messages get 451 (try again later); with --refuse-login every AUTH
fails with 535. Prints "ready" once it accepts connections.
"""
import argparse
import email
import email.policy
import json
import os
import sys
import threading
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


class Sink:
    def __init__(self, out, refuse, busy):
        self.out = out
        self.refuse = {a.lower() for a in refuse}
        self.busy = busy
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.refuse:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            if self.busy > 0:
                self.busy -= 1
                return "451 4.3.0 Mailbox busy, try again later"
            self.count += 1
            n = self.count
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        text = message.get_body(("plain",))
        html = message.get_body(("html",))
        images = [p for p in message.walk() if p.get_content_type() == "image/png"]
        record = {
            "rcpt": envelope.rcpt_tos,
            "to": str(message["To"]),
            "subject": str(message["Subject"]),
            "text": text.get_content() if text else None,
            "html": html.get_content() if html else None,
            "images": len(images),
            "image_cid": str(images[0]["Content-ID"]) if images else None,
        }
        path = os.path.join(self.out, "%04d.json" % n)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        os.replace(path + ".tmp", path)
        return "250 Message accepted"


def refuse_everyone(server, session, envelope, mechanism, auth_data):
    return AuthResult(success=False, handled=False)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("out")
    parser.add_argument("--refuse", action="append", default=[])
    parser.add_argument("--busy", type=int, default=0)
    parser.add_argument("--refuse-login", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    options = {}
    if args.refuse_login:
        options = {"authenticator": refuse_everyone, "auth_require_tls": False}
    controller = Controller(
        Sink(args.out, args.refuse, args.busy),
        hostname="127.0.0.1",
        port=args.port,
        server_kwargs=options,
    )
    controller.start()
    print("ready", flush=True)
    try:
        # Until the test closes our input or kills us.
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
