#!/usr/bin/env python3
"""Schemathesis over the OpenAPI document, as organiser, participant and
anonymous visitor, against `convene serve --demo` (SQLite).

Usage: fuzz_api.py CONVENE_BINARY [SECONDS_PER_ROLE]

Fails on any 5xx answer, and on any answer whose status or body the
document does not describe. Prints the requests made and the answers by
status, per role. Participants are signed in with a session cookie and send
the CSRF header, as the page's script does; writes are made for real on the
demo's temporary database, which is thrown away.
"""
import collections
import http.cookiejar
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import urllib.request
from xml.etree import ElementTree

CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"


def start(binary):
    server = subprocess.Popen(
        [binary, "serve", "--demo", "--bind", "127.0.0.1:0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    base = server.stdout.readline().strip().removeprefix("convene listening on ").rstrip("/")
    assert base.startswith("http://"), f"unexpected first line {base!r}"
    links = {}
    while len(links) < 4:
        parts = server.stdout.readline().split()
        if len(parts) >= 3 and parts[-1].startswith("http"):
            links[parts[0]] = parts[-1]
    return server, base, links


def session_headers(base, link):
    """Signs in through the link; returns the cookie and CSRF headers."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(urllib.request.Request(link, data=b"", method="POST")).read()
    account = opener.open(base + "/account").read().decode()
    csrf = re.search(r'name="csrf" value="([A-Za-z0-9_-]+)"', account).group(1)
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    return [f"Cookie: {cookie}", f"X-CSRF-Token: {csrf}"]


def fuzz(role, base, headers, seconds, report_dir):
    report = report_dir / role
    command = [
        str(pathlib.Path(sys.executable).parent / "schemathesis"),
        "run",
        f"{base}/api/v1/openapi.json",
        "--url",
        base,
        "--checks",
        CHECKS,
        "--phases",
        "examples,coverage,fuzzing",
        "--max-time",
        str(seconds),
        "--workers",
        "2",
        "--request-timeout",
        "10",
        "--report",
        "har,junit",
        "--report-dir",
        str(report),
        "--no-color",
        "--suppress-health-check",
        "all",
        "--generation-database",
        "none",
        # Signing out everywhere would end the run's own session.
        "--exclude-path-regex",
        "signout",
    ]
    for header in headers:
        command += ["--header", header]
    result = subprocess.run(command, capture_output=True, text=True)
    statuses = collections.Counter()
    for har in report.glob("har-*.json"):
        for entry in json.loads(har.read_text())["log"]["entries"]:
            statuses[entry["response"]["status"]] += 1
    total = sum(statuses.values())
    by_status = ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items()))
    failures, tool_errors = junit_counts(report)
    print(f"schemathesis as {role}: {total} requests ({by_status}); "
          f"{failures} failed checks, {tool_errors} errors of schemathesis itself")
    if failures or any(s >= 500 for s in statuses):
        print(result.stdout[-20000:])
        print(result.stderr[-5000:])
        return False
    if result.returncode != 0 and not tool_errors:
        print(result.stdout[-20000:])
        return False
    return True


def junit_counts(report):
    """Failed checks, and errors raised inside schemathesis itself (on
    CPython 3.11 its coverage phase sometimes stops with "AST constructor
    recursion depth mismatch", a bug of that Python): the first fail the
    run, the second are reported."""
    failures = errors = 0
    for path in report.glob("junit*.xml"):
        for case in ElementTree.parse(path).getroot().iter("testcase"):
            failures += len(case.findall("failure"))
            errors += len(case.findall("error"))
    return failures, errors


def main():
    binary = sys.argv[1]
    seconds = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    server, base, links = start(binary)
    ok = True
    try:
        with tempfile.TemporaryDirectory() as tmp:
            roles = [
                ("anonymous", []),
                ("participant", session_headers(base, links["participant"])),
                ("organiser", session_headers(base, links["organiser"])),
            ]
            for role, headers in roles:
                ok = fuzz(role, base, headers, seconds, pathlib.Path(tmp)) and ok
    finally:
        server.terminate()
        server.wait()
    if not ok:
        sys.exit("schemathesis found answers the API document does not describe, or server errors")


if __name__ == "__main__":
    main()
