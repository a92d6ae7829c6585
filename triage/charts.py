"""Small server-rendered SVG charts: no script, no CDN, readable without colour.

Each chart is an <svg role="img"> named by its <title> and <desc>, every bar
carries its value as text, and the series of a stacked chart differ by
pattern as well as colour, with a text legend. Colours come from CSS classes
(`tone-<name>` in static/css/outcomes.css), so the charts follow the page's
palette. The pages show the same figures as a table too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

FONT_SIZE = 13
ROW_HEIGHT = 30
BAR_HEIGHT = 18
VALUE_WIDTH = 110
CHAR_WIDTH = 7.2  # an average glyph at FONT_SIZE, to size the label column

# Patterns, in the order series use them: solid, diagonal, dots, cross-hatch, horizontal.
_PATTERNS = (
    "",
    '<path d="M-1,1 l2,-2 M0,8 l8,-8 M7,9 l2,-2" class="hatch"/>',
    '<circle cx="4" cy="4" r="1.6" class="hatch-dot"/>',
    '<path d="M0,0 L8,8 M8,0 L0,8" class="hatch"/>',
    '<path d="M0,4 L8,4" class="hatch"/>',
)


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float
    text: str  # what is written beside the bar, e.g. "12 (40%)"
    tone: str = "default"


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    values: Sequence[int]
    tone: str = "default"


def _open_svg(chart_id: str, title: str, desc: str, width: int, height: int) -> list[str]:
    return [
        f'<svg class="chart" id="{escape(chart_id)}" role="img" '
        f'aria-labelledby="{escape(chart_id)}-title {escape(chart_id)}-desc" '
        # Drawn at its natural size and only ever scaled down, so text stays one size.
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'preserveAspectRatio="xMinYMin meet" font-size="{FONT_SIZE}">',
        f'<title id="{escape(chart_id)}-title">{escape(title)}</title>',
        f'<desc id="{escape(chart_id)}-desc">{escape(desc)}</desc>',
    ]


def _empty(chart_id: str, title: str, desc: str, width: int) -> SafeString:
    parts = _open_svg(chart_id, title, desc, width, 60)
    parts.append('<text x="12" y="34" class="chart-empty">No data yet.</text></svg>')
    return mark_safe("".join(parts))  # noqa: S308 - every value above was escaped


def bar_chart(
    *,
    chart_id: str,
    title: str,
    desc: str,
    bars: Sequence[Bar],
    width: int = 560,
    zeros_are_data: bool = False,
    full_scale: float | None = None,
) -> SafeString:
    """Horizontal bars, one row each: label on the left, value written on the right.

    With every value 0 the chart says "No data yet.", unless `zeros_are_data`:
    0% of something that exists (no override among classified invitations) is
    a figure to show. `full_scale` is the value of a full-length bar (100 for
    percentages); by default the biggest bar is full length.
    """
    if not bars or not (zeros_are_data or any(bar.value for bar in bars)):
        return _empty(chart_id, title, desc, width)
    height = ROW_HEIGHT * len(bars) + 8
    label_width = round(max(80, 16 + CHAR_WIDTH * max(len(bar.label) for bar in bars)))
    track = width - label_width - VALUE_WIDTH
    biggest = full_scale or max(bar.value for bar in bars)
    parts = _open_svg(chart_id, title, desc, width, height)
    for row, bar in enumerate(bars):
        y = 4 + row * ROW_HEIGHT
        length = 0.0 if not biggest else track * bar.value / biggest
        # A thin sliver keeps a zero visible as "nothing" rather than a missing row.
        length = max(length, 2.0)
        text_y = y + BAR_HEIGHT / 2 + FONT_SIZE * 0.35
        parts.append(
            f'<g class="bar tone-{escape(bar.tone)}">'
            f"<title>{escape(bar.label)}: {escape(bar.text)}</title>"
            f'<text x="{label_width - 10}" y="{text_y:.1f}" text-anchor="end" '
            f'class="chart-label">{escape(bar.label)}</text>'
            f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{BAR_HEIGHT}" '
            f'rx="3" class="bar-fill"/>'
            f'<text x="{label_width + length + 8:.1f}" y="{text_y:.1f}" '
            f'class="chart-value">{escape(bar.text)}</text></g>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every value above was escaped


def stacked_column_chart(
    *,
    chart_id: str,
    title: str,
    desc: str,
    categories: Sequence[str],
    series: Sequence[Series],
    width: int = 1120,
    height: int = 280,
    as_shares: bool = False,
) -> SafeString:
    """Columns per category (e.g. month), stacked by series, with a legend and totals.

    `as_shares` draws every non-empty column full height, split by each
    series' share of it (the axis reads in %); the count is still written on top.
    """
    totals = [sum(s.values[i] for s in series) for i in range(len(categories))]
    if not categories or not any(totals):
        return _empty(chart_id, title, desc, width)
    legend_height = 28
    top, bottom, left, right = 22, 34, 36, 8
    plot_height = height - top - bottom - legend_height
    plot_width = width - left - right
    slot = plot_width / len(categories)
    column = min(48.0, slot * 0.62)
    biggest = max(totals)
    parts = _open_svg(chart_id, title, desc, width, height)
    parts.append("<defs>")
    for index, one in enumerate(series):
        parts.append(_pattern(f"{chart_id}-p{index}", one.tone, index))
    parts.append("</defs>")
    baseline = top + plot_height
    parts += _grid_and_axis(
        left,
        width - right,
        baseline,
        plot_height,
        lambda fraction: f"{100 * fraction:.0f}%" if as_shares else _tick(biggest * fraction),
    )
    for i, category in enumerate(categories):
        x = left + slot * i + (slot - column) / 2
        y = float(baseline)
        pieces = ", ".join(
            f"{s.name} {s.values[i]}"
            + (f" ({100 * s.values[i] / totals[i]:.0f}%)" if as_shares else "")
            for s in series
            if s.values[i]
        )
        parts.append(
            f'<g class="column"><title>{escape(category)}: {escape(pieces or "none")}</title>'
        )
        scale = totals[i] if as_shares else biggest
        for index, one in enumerate(series):
            value = one.values[i]
            if not value:
                continue
            piece = plot_height * value / scale
            y -= piece
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{column:.1f}" height="{piece:.1f}" '
                f'fill="url(#{escape(chart_id)}-p{index})" '
                f'class="segment tone-{escape(one.tone)}"/>'
            )
        if totals[i]:
            parts.append(
                f'<text x="{x + column / 2:.1f}" y="{y - 5:.1f}" text-anchor="middle" '
                f'class="chart-value">{totals[i]}</text>'
            )
        parts.append(
            f'<text x="{x + column / 2:.1f}" y="{baseline + 16}" text-anchor="middle" '
            f'class="chart-axis">{escape(category)}</text></g>'
        )
    parts.extend(_legend(chart_id, series, height - legend_height + 8, left))
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every value above was escaped


def column_chart(
    *,
    chart_id: str,
    title: str,
    desc: str,
    categories: Sequence[str],
    values: Sequence[float | None],
    texts: Sequence[str],
    tone: str = "default",
    unit: str = "",
    width: int = 1120,
    height: int = 240,
) -> SafeString:
    """One column per category, its text written on top; None leaves the slot empty, with "—".

    `unit` follows the axis figures ("d" for days), as the columns' own texts say it in full.
    """
    known = [value for value in values if value is not None]
    if not categories or not known:
        return _empty(chart_id, title, desc, width)
    top, bottom, left, right = 22, 24, 44, 8
    plot_height = height - top - bottom
    plot_width = width - left - right
    slot = plot_width / len(categories)
    column = min(48.0, slot * 0.62)
    biggest = max(known) or 1.0
    baseline = top + plot_height
    parts = _open_svg(chart_id, title, desc, width, height)
    parts += _grid_and_axis(
        left,
        width - right,
        baseline,
        plot_height,
        lambda fraction: f"{_tick(biggest * fraction)}{escape(unit)}",
    )
    for i, category in enumerate(categories):
        x = left + slot * i + (slot - column) / 2
        value, text = values[i], texts[i] or "—"
        parts.append(
            f'<g class="column tone-{escape(tone)}">'
            f"<title>{escape(category)}: {escape(text)}</title>"
        )
        y = float(baseline)
        if value is not None:
            # A thin sliver keeps a zero visible as "nothing" rather than a missing column.
            piece = max(plot_height * value / biggest, 2.0)
            y -= piece
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{column:.1f}" height="{piece:.1f}" '
                f'rx="2" class="bar-fill"/>'
            )
        parts.append(
            f'<text x="{x + column / 2:.1f}" y="{y - 5:.1f}" text-anchor="middle" '
            f'class="{"chart-value" if value is not None else "chart-axis"}">{escape(text)}</text>'
            f'<text x="{x + column / 2:.1f}" y="{baseline + 16}" text-anchor="middle" '
            f'class="chart-axis">{escape(category)}</text></g>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every value above was escaped


def _grid_and_axis(
    left: float, right: float, baseline: float, plot_height: float, label: Callable[[float], str]
) -> list[str]:
    """Grid lines at half and full height, each with its axis label, and the baseline."""
    parts = []
    for fraction in (0.5, 1.0):
        y = baseline - plot_height * fraction
        parts.append(
            f'<line x1="{left}" x2="{right}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="chart-axis">'
            f"{label(fraction)}</text>"
        )
    parts.append(f'<line x1="{left}" x2="{right}" y1="{baseline}" y2="{baseline}" class="axis"/>')
    return parts


def _pattern(pattern_id: str, tone: str, index: int) -> str:
    overlay = _PATTERNS[index % len(_PATTERNS)]
    return (
        f'<pattern id="{escape(pattern_id)}" width="8" height="8" patternUnits="userSpaceOnUse">'
        f'<rect width="8" height="8" class="swatch tone-{escape(tone)}"/>{overlay}</pattern>'
    )


def _legend(chart_id: str, series: Sequence[Series], y: float, x: float) -> list[str]:
    parts = ['<g class="legend">']
    for index, one in enumerate(series):
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="14" height="14" rx="2" '
            f'fill="url(#{escape(chart_id)}-p{index})" class="legend-swatch"/>'
            f'<text x="{x + 20:.1f}" y="{y + 11.5:.1f}" class="chart-label">'
            f"{escape(one.name)}</text>"
        )
        x += 34 + 7.2 * len(one.name)
    parts.append("</g>")
    return parts


def _tick(value: float) -> str:
    return f"{value:.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"
