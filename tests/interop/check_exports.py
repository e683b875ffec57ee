#!/usr/bin/env python3
"""Checks convene's exports with parsers convene does not write.

Usage: check_exports.py CONVENE_BINARY

Loads the demo into a temporary database, runs every `convene export`, then:
- iCalendar: parsed by the `icalendar` package; time zone and events checked.
- frab XML: validated by lxml against the c3voc schedule XSD.
- frab JSON: validated by jsonschema against the c3voc JSON schema.
- HSDS: every CSV header checked against the Open Referral datapackage.json,
  and every row validated by jsonschema against its HSDS 3.0 JSON schema.
- CSV: byte-order mark, accents intact, parsed by Python's csv module.
Exits non-zero with a message on the first failure.
- OpenAPI: the document served at /api/v1/openapi.json validated by
  openapi-spec-validator, and live API answers validated against it.
"""
import csv
import datetime
import io
import json
import pathlib
import subprocess
import sys
import tempfile
import http.cookiejar
import urllib.parse
import urllib.request

import icalendar
import jsonschema
from lxml import etree
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

FORMATS = pathlib.Path(__file__).resolve().parent.parent / "data" / "formats"


def run(binary, *args):
    result = subprocess.run([binary, *args], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"convene {' '.join(args)} failed: {result.stderr}")
    return result.stdout


def check_ical(path):
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    zones = cal.walk("VTIMEZONE")
    assert len(zones) == 1 and str(zones[0]["TZID"]) == "Asia/Bangkok", "one VTIMEZONE for Asia/Bangkok"
    events = cal.walk("VEVENT")
    assert len(events) == 10, f"10 events, got {len(events)}"
    uids = {str(e["UID"]) for e in events}
    assert len(uids) == 10, "unique UIDs"
    gcm = next(e for e in events if "Global Compact" in str(e["SUMMARY"]))
    start = gcm.decoded("DTSTART")
    assert start.utcoffset() == datetime.timedelta(hours=7), f"09:30 at +07:00, got {start!r}"
    assert (start.hour, start.minute) == (9, 30), start
    assert "Leah Sullivan (GAATW-IS)" in str(gcm["DESCRIPTION"])
    print(f"ical: {len(events)} events, VTIMEZONE Asia/Bangkok: ok")


def check_frab_xml(path):
    schema = etree.XMLSchema(etree.parse(str(FORMATS / "frab" / "schedule.xml.xsd")))
    doc = etree.parse(str(path))
    if not schema.validate(doc):
        sys.exit(f"frab XML invalid: {schema.error_log}")
    events = doc.findall(".//event")
    assert len(events) == 10, len(events)
    persons = [p.text for p in doc.findall(".//event/persons/person")]
    assert "Natividad Obeso" in persons
    print(f"frab-xml: valid against the XSD, {len(events)} events: ok")


def check_frab_json(path):
    schema = json.loads((FORMATS / "frab" / "schedule.schema.json").read_text())
    data = json.loads(path.read_text())
    jsonschema.validate(data, schema, format_checker=jsonschema.FormatChecker())
    days = data["schedule"]["conference"]["days"]
    events = [e for d in days for room in d["rooms"].values() for e in room]
    assert len(events) == 10, len(events)
    print(f"frab-json: valid against the JSON schema, {len(events)} events: ok")


def check_hsds(folder):
    hsds = FORMATS / "hsds"
    registry = Registry().with_resources(
        (p.name, Resource.from_contents(json.loads(p.read_text()), default_specification=DRAFT202012))
        for p in hsds.glob("*.json")
    )
    package = json.loads((folder / "datapackage.json").read_text())
    official = json.loads((hsds / "datapackage.json").read_text())
    official_fields = {r["path"]: {f["name"]: f for f in r["schema"]["fields"]} for r in official["resources"]}
    rows_checked = 0
    for resource in package["resources"]:
        path = folder / resource["path"]
        fields = official_fields[resource["path"]]
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            unknown = set(reader.fieldnames) - set(fields)
            assert not unknown, f"{path.name}: columns not in HSDS: {unknown}"
            required = {n for n, f in fields.items() if f.get("constraints", {}).get("required")}
            missing = required - set(reader.fieldnames)
            assert not missing, f"{path.name}: required HSDS columns missing: {missing}"
            schema_name = resource["name"] + ".json"
            schema = json.loads((hsds / schema_name).read_text())
            validator = jsonschema.Draft202012Validator(
                schema, registry=registry, format_checker=jsonschema.FormatChecker()
            )
            ids = set()
            for row in reader:
                record = {k: v for k, v in row.items() if v != ""}
                errors = sorted(validator.iter_errors(record), key=lambda e: e.path)
                if errors:
                    sys.exit(f"{path.name}: {record}: {errors[0].message}")
                assert record["id"] not in ids, f"{path.name}: duplicate id {record['id']}"
                ids.add(record["id"])
                rows_checked += 1
    names = {r["path"] for r in package["resources"]}
    for needed in ["organizations.csv", "services.csv", "locations.csv", "languages.csv", "attributes.csv"]:
        assert needed in names, f"HSDS package lacks {needed}"
    attributes = (folder / "attributes.csv").read_text(encoding="utf-8")
    assert ",corridor,organization,ID-SG" in attributes, "corridor ID-SG as an attribute"
    print(f"hsds: {len(names)} tables, {rows_checked} rows valid against HSDS 3.0 schemas: ok")


def check_csv(path, expected):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{path.name}: UTF-8 BOM for spreadsheets"
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    text = raw.decode("utf-8-sig")
    assert expected in text, f"{path.name}: {expected!r} intact"
    print(f"{path.name}: {len(rows)} rows, accents intact: ok")
    return rows


def check_openapi(binary):
    from openapi_spec_validator import validate

    server = subprocess.Popen(
        [binary, "serve", "--demo", "--bind", "127.0.0.1:0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        line = server.stdout.readline()
        base = line.strip().removeprefix("convene listening on ").rstrip("/")
        assert base.startswith("http://"), f"unexpected first line {line!r}"
        link = None
        while link is None:
            line = server.stdout.readline()
            if line.strip().startswith("organiser"):
                link = line.split()[-1]
        # Sign in as the demo organiser, as a browser would.
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        opener.open(urllib.request.Request(link, data=b"", method="POST")).read()

        def get(path):
            with opener.open(base + path) as r:
                return json.load(r)

        spec = get("/api/v1/openapi.json")
        validate(spec)
        components = {"components": spec["components"]}
        checked = 0
        for path, sample in [
            ("/api/v1/consultation", "/api/v1/consultation"),
            ("/api/v1/sessions", "/api/v1/sessions"),
            ("/api/v1/sessions/{id}", "/api/v1/sessions/1"),
            ("/api/v1/people", "/api/v1/people?corridor=ID-SG"),
            ("/api/v1/organisations", "/api/v1/organisations"),
            ("/api/v1/organisations/{id}", "/api/v1/organisations/1"),
            ("/api/v1/corridors", "/api/v1/corridors"),
            ("/api/v1/corridors/{key}", "/api/v1/corridors/ID-SG"),
            ("/api/v1/open-space", "/api/v1/open-space"),
            ("/api/v1/topics/{id}/notes", "/api/v1/topics/1/notes"),
            ("/api/v1/sessions/{id}/floor", "/api/v1/sessions/1/floor"),
            ("/api/v1/rooms", "/api/v1/rooms"),
            ("/api/v1/program/warnings", "/api/v1/program/warnings"),
        ]:
            schema = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
            jsonschema.validate(get(sample), {**schema, **components})
            checked += 1
        print(f"openapi: document valid, {checked} live answers match it: ok")
        check_report_docx(opener, base)
    finally:
        server.terminate()
        server.wait()


def check_report_docx(opener, base):
    """The report as Word, read back by python-docx: real heading styles,
    bulleted lists, and the summary a facilitator wrote."""
    import re
    import docx

    account = opener.open(base + "/account").read().decode()
    csrf = re.search(r'name="csrf" value="([A-Za-z0-9_-]+)"', account).group(1)
    summary = "Recruitment fees must never be charged to workers."
    form = urllib.parse.urlencode({"summary": summary, "language": "en"}).encode()
    with opener.open(base + "/api/v1/sessions") as r:
        panel = next(s["id"] for s in json.load(r) if s["title"].endswith("part 1"))
    opener.open(urllib.request.Request(f"{base}/sessions/{panel}/summary?csrf={csrf}", data=form)).read()
    with opener.open(base + "/report/file?format=docx&lang=en") as r:
        document = docx.Document(io.BytesIO(r.read()))
    styles = [p.style.name if p.style else None for p in document.paragraphs]
    texts = [p.text for p in document.paragraphs]
    assert "Title" in styles and "Heading 1" in styles and "Heading 2" in styles, set(styles)
    assert "List Bullet" in styles and None not in styles, set(styles)
    assert summary in texts, texts
    headings = [t for t, style in zip(texts, styles) if style == "Heading 1"]
    assert "In numbers" in headings, headings
    print(f"report.docx: {len(texts)} paragraphs, {len(headings)} sections, read by python-docx: ok")


def main():
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        db = str(tmp / "demo.db")
        run(binary, "demo", "--database", db)
        outputs = {}
        for fmt, name in [
            ("ical", "program.ics"),
            ("frab-xml", "schedule.xml"),
            ("frab-json", "schedule.json"),
            ("people-csv", "people.csv"),
            ("organisations-csv", "organisations.csv"),
            ("hsds", "hsds"),
        ]:
            outputs[fmt] = tmp / name
            run(binary, "export", fmt, "--database", db, "--out", str(tmp / name))
        check_ical(outputs["ical"])
        check_frab_xml(outputs["frab-xml"])
        check_frab_json(outputs["frab-json"])
        check_hsds(outputs["hsds"])
        people = check_csv(outputs["people-csv"], "Natividad Obeso")
        assert len(people) == 14, len(people)
        check_csv(outputs["organisations-csv"], "Asociación Civil de Mujeres Migrantes")
    check_openapi(binary)


if __name__ == "__main__":
    main()
