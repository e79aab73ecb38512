"""The house style: one palette, one figure size, one font, shipped as ``house.mplstyle``.

The style sheet :data:`STYLE_PATH` sits next to this module inside the package. Analysts can
apply it to their own matplotlib code with ``plt.style.use(STYLE_PATH)`` or
``with house_style(): ...``. It turns mathtext off (``text.parse_math: False``): charts draw data,
and a ``$`` in an outlet or folder name must be drawn as a ``$``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import matplotlib as mpl

#: The house style sheet shipped with the package.
STYLE_PATH: Path = Path(__file__).with_name("house.mplstyle")

#: Okabe–Ito colour-blind-safe palette (Okabe & Ito 2008), black last; same as the style sheet.
PALETTE: tuple[str, ...] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
    "#000000",
)

#: Default figure size in inches (width, height): fits an A4/Letter text column at 300 dpi.
FIGURE_SIZE: tuple[float, float] = (8.0, 4.5)

#: The style sheet's settings as a dict (usable with ``matplotlib.rc_context``).
HOUSE_STYLE: dict[str, object] = dict(
    mpl.rc_params_from_file(STYLE_PATH, use_default_template=False)
)

#: Colour of the source line and other secondary text.
NOTE_COLOUR = "#555555"
#: Colour of reference lines (zero lines, event markers).
GUIDE_COLOUR = "#444444"
#: Colour of the light grid.
GRID_COLOUR = "#dddddd"


@contextmanager
def house_style() -> Iterator[None]:
    """Context manager that applies the house style to the figures created inside it."""
    with mpl.rc_context(HOUSE_STYLE):
        yield
