"""The model must import without Qt: run it in a subprocess and look at sys.modules."""

import subprocess
import sys


def test_model_imports_no_qt() -> None:
    code = (
        "import pkgutil, importlib, sys, desktop.model as m\n"
        "for info in pkgutil.iter_modules(m.__path__):\n"
        "    importlib.import_module('desktop.model.' + info.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'pyqtgraph', 'numpy'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
