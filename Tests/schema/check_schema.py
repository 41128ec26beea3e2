#!/usr/bin/env python3
"""Checks datasets against data/schema.json with an independent validator (python-jsonschema).

The sample dataset and every valid fixture must pass; each invalid fixture must be accepted or
rejected as Tests/Fixtures/invalid/expectations.json says (the schema cannot see cross-record
problems such as dangling references, which only libcoop reports). Prints one line per file and
a closing "N passed, N failed" line; exits 1 on any mismatch.
"""
import json
import pathlib
import sys

import jsonschema

root = pathlib.Path(__file__).resolve().parents[2]
schema = json.loads((root / "data" / "schema.json").read_text(encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

expected = {str(root / "data" / "nanjing.json"): "accept"}
for path in sorted((root / "Tests" / "Fixtures" / "valid").glob("*.json")):
    expected[str(path)] = "accept"
invalid_dir = root / "Tests" / "Fixtures" / "invalid"
for name, case in json.loads((invalid_dir / "expectations.json").read_text(encoding="utf-8")).items():
    expected[str(invalid_dir / f"{name}.json")] = case["schema"]

passed = failed = 0
for path, outcome in expected.items():
    errors = list(validator.iter_errors(json.loads(pathlib.Path(path).read_text(encoding="utf-8"))))
    actual = "reject" if errors else "accept"
    if actual == outcome:
        passed += 1
        print(f"ok   {pathlib.Path(path).relative_to(root)}: schema {actual}s")
    else:
        failed += 1
        detail = "; ".join(error.message for error in errors[:3])
        print(f"FAIL {pathlib.Path(path).relative_to(root)}: expected schema to {outcome}, it did {actual} {detail}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
