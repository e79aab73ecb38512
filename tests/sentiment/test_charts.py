"""Charts of sentiment tables (helpers.plots)."""

from __future__ import annotations

from helpers import sentiment as s


def test_charts_draw_the_tables(articles, scored):
    from matplotlib.figure import Figure

    from helpers import plots

    table = s.article_sentiment(scored, articles=articles)
    over_time = s.sentiment_over_time(table)
    assert isinstance(plots.plot_sentiment_over_time(over_time), Figure)
    assert isinstance(plots.plot_sentiment_over_time(over_time.head(1)), Figure)
    figure = plots.plot_sentiment_by_group(s.compare_target(scored, "Lukashenko"))
    assert "mentions Lukashenko" in figure.axes[0].get_yticklabels()[-1].get_text()
    whole = s.whole_article_scores(articles, table)
    assert isinstance(plots.plot_saturation(whole), Figure)
