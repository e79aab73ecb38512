"""Interactive explorers for JupyterLab: the only code that imports ipywidgets, itables or IPython.

Every explorer shows its tables with :func:`helpers.explore.base.show_table` and builds on
:class:`helpers.explore.base.Explorer` (status line, output areas, display).
"""
