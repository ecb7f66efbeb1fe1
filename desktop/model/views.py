"""The diagram's views, in menu order: a module of its own so the command line can offer them without
loading the zone catalogue (and its TOML reader) before it knows a window is wanted."""

VIEWS: tuple[str, ...] = ("medial", "lateral", "posterior", "anterior")
