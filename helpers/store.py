"""Old home of the corpus store, now :mod:`helpers.corpus.store`; this import path keeps working.

``import helpers.store`` and ``from helpers import store`` give the very same module object.
"""

import sys

from helpers.corpus import store as _store

sys.modules[__name__] = _store
