"""Old import path of the charts: everything now lives in :mod:`helpers.viz`.

``from helpers.plots import plot_top_terms`` keeps working (the notebooks use it); new code
imports from :mod:`helpers.viz`.
"""

from helpers.viz import *  # noqa: F403
from helpers.viz import __all__  # noqa: F401
