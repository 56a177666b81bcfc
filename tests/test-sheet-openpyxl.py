#!/usr/bin/python3
# test-sheet-openpyxl.py: an independent reader and writer of Duaal's score
# sheets, for tests/test-sheet-cli.sh (run with /usr/bin/python3, which has
# openpyxl: python3-openpyxl in the Makefile's PACKAGES).
#
#   fill IN OUT 'TAB!CELL=VALUE'...   sets cells as a trainer would, saves OUT
#   tamper IN OUT TAB!CELL=VALUE      changes the hidden tab, as a hand would
#   check IN ACTOR TAB...             the sheet's structure (see check())
#   dump IN                           every cell's value, one per line
#   locate IN TAB INDICATOR           the row of an indicator in a tab
#   blank OUT                         a workbook of openpyxl's own
#
# Any warning openpyxl gives while reading (a part it does not understand,
# a repair it had to make) fails the command.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import sys
import warnings

import openpyxl

warnings.simplefilter("error")

INFO_TAB = "Duaal"


def load(path):
    return openpyxl.load_workbook(path)


def parse_assignment(text):
    target, value = text.split("=", 1)
    tab, cell = target.rsplit("!", 1)
    return tab, cell, value


def fill(src, dst, assignments):
    book = load(src)
    for text in assignments:
        tab, cell, value = parse_assignment(text)
        book[tab][cell].value = value if value != "" else None
    book.save(dst)


def indicator_rows(sheet):
    """Rows of indicators: an id in A with a dot (c01.02), not a competence row."""
    rows = []
    for row in range(1, sheet.max_row + 1):
        ident = sheet.cell(row=row, column=1).value
        if isinstance(ident, str) and "." in ident and sheet.cell(row=row, column=2).value:
            rows.append(row)
    return rows


def validation_lists(sheet):
    """cell name -> the inline list of its data validation."""
    lists = {}
    for dv in sheet.data_validations.dataValidation:
        assert dv.type == "list", dv.type
        for cell_range in dv.sqref.ranges:
            for row in range(cell_range.min_row, cell_range.max_row + 1):
                for col in range(cell_range.min_col, cell_range.max_col + 1):
                    lists[(row, col)] = dv.formula1
    return lists


def check(path, actor, tabs):
    book = load(path)
    problems = []
    names = book.sheetnames
    if names != tabs + [INFO_TAB]:
        problems.append("tabs %r, want %r" % (names, tabs + [INFO_TAB]))
    info = book[INFO_TAB]
    if info.sheet_state != "hidden":
        problems.append("the info tab is %s" % info.sheet_state)
    if not info.protection.sheet:
        problems.append("the info tab is not protected")
    if info["B2"].value != actor:
        problems.append("info actor %r" % info["B2"].value)
    for name in tabs:
        if name not in names:
            continue
        sheet = book[name]
        if sheet.sheet_state != "visible":
            problems.append("%s is %s" % (name, sheet.sheet_state))
        if not sheet.protection.sheet:
            problems.append("%s is not protected" % name)
        lists = validation_lists(sheet)
        rows = indicator_rows(sheet)
        if not rows:
            problems.append("%s has no indicator rows" % name)
        for row in rows:
            if lists.get((row, 3)) != '"X,lil,V"':
                problems.append("%s!C%d: list %r" % (name, row, lists.get((row, 3))))
            if lists.get((row, 4)) != '"N,S,R"':
                problems.append("%s!D%d: list %r" % (name, row, lists.get((row, 4))))
        # Only mastery, coverage and comment of an indicator are unlocked.
        for line in sheet.iter_rows():
            for cell in line:
                unlocked = cell.protection is not None and cell.protection.locked is False
                should = cell.row in rows and cell.column in (3, 4, 5)
                if unlocked != should:
                    problems.append("%s!%s: unlocked=%s" % (name, cell.coordinate, unlocked))
    if problems:
        print("\n".join(problems[:20]))
        sys.exit(1)


def dump(path):
    book = load(path)
    for sheet in book.worksheets:
        for line in sheet.iter_rows():
            for cell in line:
                if cell.value is not None:
                    print("%s!%s=%s" % (sheet.title, cell.coordinate, cell.value))


def locate(path, tab, indicator):
    sheet = load(path)[tab]
    for row in indicator_rows(sheet):
        if sheet.cell(row=row, column=1).value == indicator:
            print(row)
            return
    sys.exit("no row for " + indicator)


def main(argv):
    command = argv[1]
    if command == "fill":
        fill(argv[2], argv[3], argv[4:])
    elif command == "tamper":
        fill(argv[2], argv[3], argv[4:])
    elif command == "check":
        check(argv[2], argv[3], argv[4:])
    elif command == "locate":
        locate(argv[2], argv[3], argv[4])
    elif command == "blank":
        book = openpyxl.Workbook()
        book.active["A1"] = "Jonas Peeters"
        book.save(argv[2])
    elif command == "dump":
        dump(argv[2])
    else:
        sys.exit("unknown command " + command)


if __name__ == "__main__":
    main(sys.argv)
