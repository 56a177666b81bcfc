#!/usr/bin/python3
# atspi-dump.py: what a screen reader meets in a running Duaal
#
#   atspi-dump.py PID OUTPUT
#
# Reads the accessibility tree of the application with process id PID
# through the real accessibility bus (AT-SPI, as Orca does), writes it to
# OUTPUT (one line per element: role, "name", [description], <value>,
# states) and lists on stderr every visible interactive element without
# an accessible name; exits 1 when there is one, 2 when PID is not on
# the bus, 3 when the tree cannot be read.
#
# GTK 4.8 marks no element but windows "showing", and presents the pages
# of a GtkStack that are not shown as visible too (a screen reader meets
# them as well): every visible element counts.  GTK names an element
# nobody named after its type ("GtkButton", "DuaalColourBar", or of its
# content, "GtkImage"): such a name counts as none.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import faulthandler
import re
import sys
import time

import gi

gi.require_version('Atspi', '2.0')
from gi.repository import Atspi, GLib  # noqa: E402

# What a user operates: each needs a name to be found and understood.
INTERACTIVE = {
    Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.COMBO_BOX,
    Atspi.Role.ENTRY, Atspi.Role.PASSWORD_TEXT, Atspi.Role.CHECK_BOX,
    Atspi.Role.RADIO_BUTTON, Atspi.Role.SPIN_BUTTON, Atspi.Role.SLIDER,
    Atspi.Role.MENU_ITEM, Atspi.Role.CHECK_MENU_ITEM,
    Atspi.Role.RADIO_MENU_ITEM, Atspi.Role.LINK, Atspi.Role.PAGE_TAB,
    Atspi.Role.PROGRESS_BAR, Atspi.Role.LEVEL_BAR,
}
# Interactive only when the keyboard reaches them: a row or a cell that
# activates (not a GtkFlowBox's cell that only lays out a drop-down).
INTERACTIVE_IF_FOCUSABLE = {
    Atspi.Role.LIST_ITEM, Atspi.Role.TREE_ITEM, Atspi.Role.TEXT,
    Atspi.Role.TABLE_CELL,
}
TYPE_NAME = re.compile(r'^(Gtk|Adw|Duaal)[A-Z][A-Za-z]*$')


def find_application(pid, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except GLib.Error:
                continue
        time.sleep(0.2)
    return None


def value_of(node):
    if 'Value' not in node.get_interfaces():
        return ''
    text = Atspi.Value.get_text(node) if hasattr(Atspi.Value, 'get_text') else ''
    return ' <%g in %g..%g%s>' % (Atspi.Value.get_current_value(node),
                                  Atspi.Value.get_minimum_value(node),
                                  Atspi.Value.get_maximum_value(node),
                                  (' "%s"' % text) if text else '')


def is_unnamed(node, role, states):
    if not states.contains(Atspi.StateType.VISIBLE):
        return False
    if role not in INTERACTIVE and not (
            role in INTERACTIVE_IF_FOCUSABLE and
            states.contains(Atspi.StateType.FOCUSABLE)):
        return False
    name = (node.get_name() or '').strip()
    return name == '' or TYPE_NAME.match(name) is not None


def walk(node, depth, out, unnamed, path, in_combo_box=False):
    role = node.get_role()
    name = node.get_name() or ''
    description = node.get_description() or ''
    states = node.get_state_set()
    shown = [s.value_nick for s in states.get_states()]
    line = '%s%s "%s"%s%s %s' % ('  ' * depth, node.get_role_name(), name,
                                 (' [%s]' % description) if description else '',
                                 value_of(node), ','.join(shown))
    out.write(line.rstrip() + '\n')
    here = path + [node.get_role_name() + (' "%s"' % name if name else '')]
    # A combo box (AdwComboRow) shows its choice in a list of its own:
    # the combo box is what is named and operated.
    if is_unnamed(node, role, states) and not (in_combo_box and role == Atspi.Role.LIST_ITEM):
        unnamed.append(' > '.join(here[-4:]))
    # A hidden subtree (another stack page, a closed popover) is not met.
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None:
            walk(child, depth + 1, out, unnamed, here,
                 in_combo_box or role == Atspi.Role.COMBO_BOX)


def main():
    faulthandler.enable()
    if len(sys.argv) != 3:
        sys.stderr.write('usage: atspi-dump.py PID OUTPUT\n')
        return 2
    pid = int(sys.argv[1])
    app = find_application(pid)
    if app is None:
        sys.stderr.write('process %d is not on the accessibility bus\n' % pid)
        return 2
    unnamed = []
    with open(sys.argv[2], 'w', encoding='utf-8') as out:
        for i in range(app.get_child_count()):
            window = app.get_child_at_index(i)
            if window is not None:
                walk(window, 0, out, unnamed, [])
    for element in unnamed:
        sys.stderr.write('no accessible name: %s\n' % element)
    return 1 if unnamed else 0


if __name__ == '__main__':
    try:
        sys.exit(main())
    except Exception as error:  # a reader that failed, not a finding
        sys.stderr.write('atspi-dump.py: %s\n' % error)
        sys.exit(3)
