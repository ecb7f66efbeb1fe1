"""Run with Debian's /usr/bin/python3 (python3-pyatspi): print every AT-SPI announcement event for
SECONDS, one JSON object a line: {"text": ..., "politeness": detail1 (1 polite, 2 assertive)}.

usage: atspi_listen.py SECONDS
"""

import json
import sys
import threading

import pyatspi


def on(event):
    print(json.dumps({"text": str(event.any_data), "politeness": event.detail1}), flush=True)


pyatspi.Registry.registerEventListener(on, "object:announcement")
threading.Timer(float(sys.argv[1]), pyatspi.Registry.stop).start()
pyatspi.Registry.start()
