"""Run with Debian's /usr/bin/python3 (python3-pyatspi): print, as JSON, every showing object of one
application's AT-SPI tree (role, name, description, path). No project imports: it reads only the bus.

usage: atspi_dump.py APP_NAME SECONDS
"""

import json
import sys
import time

import pyatspi


def find_app(name: str, seconds: float):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name:
                return app
        time.sleep(0.25)
    names = [a.name for a in pyatspi.Registry.getDesktop(0) if a is not None]
    raise SystemExit(f"no application {name!r} on the accessibility bus (found {names})")


def walk(node, path, out, depth=0):
    if depth > 40:
        return
    try:
        states = node.getState()
        showing = states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE)
        out.append(
            {
                "role": node.getRoleName(),
                "name": node.name or "",
                "description": node.description or "",
                "showing": showing,
                "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
                "path": path,
            }
        )
        if not showing and depth > 1:
            return
        for index in range(node.childCount):
            child = node.getChildAtIndex(index)
            if child is not None:
                walk(child, f"{path}/{child.getRoleName()}[{index}]", out, depth + 1)
    except Exception as error:  # an object that went away while walking
        out.append(
            {
                "role": "error",
                "name": str(error),
                "description": "",
                "showing": False,
                "focusable": False,
                "path": path,
            }
        )


def main() -> None:
    app = find_app(sys.argv[1], float(sys.argv[2]))
    time.sleep(1.0)  # let the windows finish building
    out = []
    walk(app, "app", out)
    print(json.dumps(out))


main()
