#!/usr/bin/env python3
"""Reads an .xlsx workbook with openpyxl (an independent reader) and prints it as JSON for the
Swift tests (Tests/LibcoopCLITests/XLSXExportTests.swift):

{"title": ..., "sheets": [{"name": ..., "freeze": "A2", "header_bold": true,
  "widths": {"A": 12.0, ...}, "rows": [[cell, ...], ...]}]}

A cell is its value as openpyxl reads it: a string, an int for a number cell, null when empty.
Exits 3 when openpyxl is not installed, so the caller can tell that from a bad workbook."""
import json
import sys

try:
    import openpyxl
except ImportError:
    print("openpyxl is not installed (python3 -m pip install openpyxl)", file=sys.stderr)
    sys.exit(3)


def main(path):
    workbook = openpyxl.load_workbook(path)
    sheets = []
    for sheet in workbook.worksheets:
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        first = next(sheet.iter_rows(min_row=1, max_row=1), ())
        sheets.append({
            "name": sheet.title,
            "freeze": sheet.freeze_panes,
            "header_bold": bool(first) and all(cell.font.b for cell in first if cell.value is not None),
            "widths": {key: dimension.width for key, dimension in sheet.column_dimensions.items()},
            "rows": rows,
        })
    json.dump({"title": workbook.properties.title, "sheets": sheets}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
