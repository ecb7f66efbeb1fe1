"""A linear pre-scan of a routine file's text, refusing what would make `tomllib` slow, huge or crash.

`tomllib` itself is not bounded by the input's size: a dotted key of n parts costs memory growing with
n² (a 40 KB file took 1.6 GB), an integer of thousands of digits raises ValueError (Python's int-to-text
limit), and deep nesting raises RecursionError. This scanner walks the text once, tokenising just
enough of TOML (strings, comments, brackets, dots, bare words) to measure nesting depth, dotted-key
parts, key length, number (bare word) length and the count of tables and arrays, and names the line of
the first thing over a limit. Every limit is far above what a routine needs (see the constants).
"""

from __future__ import annotations

import re

from desktop.model.i18n import translate

MAX_DEPTH = 16  # arrays and inline tables inside each other; a routine needs 2 ([[steps]], phases)
MAX_KEY_PARTS = 8  # a.b.c: a routine needs 2 (motion.pattern)
MAX_KEY_CHARS = 128  # one quoted key
MAX_BARE_CHARS = 64  # a number, date, true/false or bare key: 64 digits is already absurd
MAX_CONTAINERS = 10_000  # tables and arrays: 100 steps × 13 or so is what a full routine can use

_TOKEN = re.compile(
    r"""(?P<space>[ \t\r]+)|(?P<newline>\n)|(?P<comment>\#[^\n]*)|(?P<triple>\"\"\"|''')|(?P<quote>["'])
    |(?P<open>[\[{])|(?P<close>[\]}])|(?P<dot>\.)|(?P<separator>[=,])|(?P<bare>[^ \t\r\n#"'\[\]{}=,.]+)""",
    re.VERBOSE,
)
# String bodies, possessive so a hostile string cannot make the regex backtrack.
_BASIC_BODY = re.compile(r'(?:[^"\\\n]++|\\.)*+')
_ML_BASIC_BODY = re.compile(r'(?:[^"\\]++|\\.|"(?!""))*+', re.DOTALL)
_LITERAL_END = re.compile(r"['\n]")


class TomlTooComplex(Exception):
    """Raised with a one-line reason (naming the line) when the text exceeds a limit."""


def prescan(text: str) -> None:
    """Raise TomlTooComplex if `text` goes over a limit; linear in its length, never recursive."""
    _Scanner(text).run()


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.line = 1
        self.depth = 0
        self.containers = 0
        self.parts = 0  # parts of the dotted key being read (0 after a separator)
        self.dotted = False  # the last token was a dot
        self.quoted = 0  # length of the last token when it was a quoted string, else 0

    def fail(self, what: str) -> None:
        raise TomlTooComplex(
            translate("toml_guard", "line {line}: {problem}").format(line=self.line, problem=what)
        )

    def run(self) -> None:
        text, pos, end = self.text, 0, len(self.text)
        while pos < end:
            match = _TOKEN.match(text, pos)
            if match is None:  # cannot happen (every character starts some token); be safe anyway
                pos += 1
                continue
            kind = match.lastgroup
            pos = match.end()
            if kind == "newline":
                self.line += 1
                self._reset()
            elif kind in ("triple", "quote"):
                pos = self._string(match.group(), pos)
                self._word(quoted=pos - match.start())  # the token's length, quotes included
            elif kind == "bare":
                if len(match.group()) > MAX_BARE_CHARS:
                    self.fail(
                        translate(
                            "toml_guard",
                            "a number or name outside quotes is {length} characters long; "
                            "at most {limit} are allowed",
                        ).format(length=len(match.group()), limit=MAX_BARE_CHARS)
                    )
                self._word(quoted=0)
            elif kind == "dot":
                self._key_end()
                self.dotted = True
            elif kind == "separator":
                if match.group() == "=":
                    self._key_end()
                self._reset()
            elif kind == "open":
                self.depth += 1
                self.containers += 1
                if self.depth > MAX_DEPTH:
                    self.fail(
                        translate(
                            "toml_guard", "values are nested too deeply (more than {limit} levels)"
                        ).format(limit=MAX_DEPTH)
                    )
                if self.containers > MAX_CONTAINERS:
                    self.fail(
                        translate("toml_guard", "holds more than {limit} tables and lists").format(
                            limit=MAX_CONTAINERS
                        )
                    )
                self._reset()
            elif kind == "close":
                self.depth = max(0, self.depth - 1)
                self._reset()

    def _reset(self) -> None:
        self.parts, self.dotted, self.quoted = 0, False, 0

    def _word(self, *, quoted: int) -> None:
        self.parts = self.parts + 1 if self.dotted else 1
        self.dotted = False
        self.quoted = quoted
        if self.parts > MAX_KEY_PARTS:
            self.fail(
                translate("toml_guard", "a dotted key has more than {limit} parts").format(
                    limit=MAX_KEY_PARTS
                )
            )

    def _key_end(self) -> None:
        """The last token was a key (a dot or '=' follows it): check a quoted one's length."""
        if self.quoted > MAX_KEY_CHARS + 2:
            self.fail(
                translate(
                    "toml_guard", "a key is {length} characters long; at most {limit} are allowed"
                ).format(length=self.quoted - 2, limit=MAX_KEY_CHARS)
            )

    def _string(self, opener: str, pos: int) -> int:
        """The position just after the string that `opener` starts at `pos`; counts its line breaks."""
        text = self.text
        if opener == '"""':
            body = _ML_BASIC_BODY.match(text, pos).end()
            close = body + 3 if text.startswith('"""', body) else len(text)
        elif opener == "'''":
            found = text.find("'''", pos)
            close = found + 3 if found >= 0 else len(text)
        elif opener == '"':
            body = _BASIC_BODY.match(text, pos).end()
            close = body + 1 if text.startswith('"', body) else body  # unterminated: stop at the line end
        else:
            found = _LITERAL_END.search(text, pos)
            close = (found.end() if found.group() == "'" else found.start()) if found else len(text)
        if len(opener) == 3:  # up to two more quotes may end a multi-line string's content
            for _ in range(2):
                if text.startswith(opener[0], close):
                    close += 1
            self.line += text.count("\n", pos, close)
        return close
