"""helpers.timeline.events."""

from __future__ import annotations

import pandas as pd

from helpers import timeline as tl


def test_event_markers_accept_several_forms() -> None:
    expected = pd.DataFrame(
        {
            tl.DATE: pd.to_datetime(["2020-08-09", "2020-09-14"]).astype("datetime64[ns]"),
            tl.LABEL: ["Election", "Summit"],
        }
    )
    for events in (
        {"2020-09-14": "Summit", "2020-08-09": "Election"},
        [("2020-08-09", "Election"), ("2020-09-14", "Summit")],
        expected,
    ):
        pd.testing.assert_frame_equal(tl.event_markers(events), expected)
    assert tl.event_markers(None).empty
