"""Light and dark themes: the Fusion style with explicit palettes and one accent colour.

``apply_theme(app, "system")`` follows the desktop's colour scheme where the
platform reports one (and keeps following it when it changes); where it reports
none (the offscreen platform, some desktops) it uses the light palette. "light"
and "dark" force a palette, which also makes "dark" work on desktops whose
platform theme ignores the colour-scheme hint (docs/decisions.md, "Dark mode").

Every text/background pair of both palettes meets WCAG AA (4.5:1); the tests
check it with :func:`contrast_ratio`. Fusion outlines check boxes and radio
buttons in the window colour darkened by 40 %, which all but vanishes on the dark
base (1.1:1); :class:`ThemeStyle` draws their border in a colour that reaches
3:1 against every background they sit on (WCAG 1.4.11, non-text contrast).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

THEMES = ("system", "light", "dark")

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# One accent colour, in a shade per scheme so text on it stays readable.
ACCENT_LIGHT = "#1d5fc9"
ACCENT_DARK = "#6aa7ff"

_LIGHT: dict[QPalette.ColorRole, str] = {
    Role.Window: "#f4f5f7",
    Role.WindowText: "#1b1e23",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#eef0f3",
    Role.ToolTipBase: "#ffffff",
    Role.ToolTipText: "#1b1e23",
    Role.PlaceholderText: "#6b7079",
    Role.Text: "#1b1e23",
    Role.Button: "#e9ebef",
    Role.ButtonText: "#1b1e23",
    Role.BrightText: "#b3261e",
    Role.Light: "#ffffff",
    Role.Midlight: "#dfe2e7",
    Role.Mid: "#b9bec7",
    Role.Dark: "#8d939d",
    Role.Shadow: "#5b6068",
    Role.Highlight: ACCENT_LIGHT,
    Role.HighlightedText: "#ffffff",
    Role.Link: "#1a56b8",
    Role.LinkVisited: "#6a3fb5",
    Role.Accent: ACCENT_LIGHT,
}

_DARK: dict[QPalette.ColorRole, str] = {
    Role.Window: "#25282e",
    Role.WindowText: "#e7e9ec",
    Role.Base: "#17191d",
    Role.AlternateBase: "#1f2226",
    Role.ToolTipBase: "#2b2f36",
    Role.ToolTipText: "#e7e9ec",
    Role.PlaceholderText: "#9aa0a9",
    Role.Text: "#e7e9ec",
    Role.Button: "#343840",
    Role.ButtonText: "#e7e9ec",
    Role.BrightText: "#ff8a80",
    Role.Light: "#454a53",
    Role.Midlight: "#33373e",
    Role.Mid: "#5a606a",
    Role.Dark: "#121316",
    Role.Shadow: "#000000",
    Role.Highlight: ACCENT_DARK,
    Role.HighlightedText: "#0d1117",
    Role.Link: "#7fb4ff",
    Role.LinkVisited: "#c3a6ff",
    Role.Accent: ACCENT_DARK,
}

_DISABLED_LIGHT = "#7d828b"
_DISABLED_DARK = "#8a9099"

# The border of check boxes and radio buttons: at least 3:1 against Base,
# AlternateBase and Window of its scheme (the tests measure it on rendered pixels).
INDICATOR_BORDER_LIGHT = "#6f747d"
INDICATOR_BORDER_DARK = "#9096a0"

# Text/background pairs that must be readable (WCAG AA, 4.5:1).
TEXT_PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
)


def palette_for(scheme: str) -> QPalette:
    """The explicit palette for "light" or "dark"."""
    colours = _DARK if scheme == "dark" else _LIGHT
    disabled = _DISABLED_DARK if scheme == "dark" else _DISABLED_LIGHT
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(Group.All, role, QColor(value))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(Group.Disabled, role, QColor(disabled))
    palette.setColor(Group.Disabled, Role.Highlight, QColor(colours[Role.Mid]))
    return palette


def indicator_border(palette: QPalette) -> QColor:
    """The border colour of check boxes and radio buttons drawn with ``palette``."""
    return QColor(INDICATOR_BORDER_DARK if is_dark(palette) else INDICATOR_BORDER_LIGHT)


class ThemeStyle(QProxyStyle):
    """Fusion, with check box and radio button borders that can be seen in both schemes.

    Item views draw their check boxes through ``PE_IndicatorCheckBox`` too, so the
    This week, Schedule and wizard lists get the same border.
    """

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        Element = QStyle.PrimitiveElement
        if element not in (Element.PE_IndicatorCheckBox, Element.PE_IndicatorRadioButton):
            return
        state = option.state
        if not state & QStyle.StateFlag.State_Enabled:
            return  # inactive controls are exempt, and look it
        if (
            state & QStyle.StateFlag.State_HasFocus
            and state & QStyle.StateFlag.State_KeyboardFocusChange
        ):
            return  # Fusion draws the focus outline in the accent colour
        rect = QRectF(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(indicator_border(option.palette), 1.0))
        if element == Element.PE_IndicatorCheckBox:
            painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        else:
            size = min(rect.width(), rect.height())
            radius = (size + (int(size) + 1) % 2) / 2.0 - 1
            centre = QPointF(rect.left() + size / 2.0, rect.top() + size / 2.0)
            painter.drawEllipse(centre, radius, radius)
        painter.restore()


def system_scheme() -> str:
    """ "dark" or "light" as the platform reports it; "light" when it reports nothing."""
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def resolve_scheme(theme: str) -> str:
    """The scheme a theme preference stands for today: "light" or "dark"."""
    if theme == "system":
        return system_scheme()
    if theme not in THEMES:
        from PySide6.QtCore import QCoreApplication

        message = QCoreApplication.translate("AppPreferences", "unknown theme {0} (use one of {1})")
        raise ValueError(message.format(repr(theme), ", ".join(THEMES)))
    return theme


def apply_theme(app: QApplication, theme: str) -> None:
    """Apply "system", "light" or "dark" to the whole application."""
    scheme = resolve_scheme(theme)
    if not isinstance(app.style(), ThemeStyle):
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(ThemeStyle(fusion))
    app.setPalette(palette_for(scheme))
    app.setProperty("study_planner_theme", theme)
    hints = QGuiApplication.styleHints()
    if not app.property("study_planner_follows_scheme"):
        hints.colorSchemeChanged.connect(lambda _scheme: _follow_system(app))
        app.setProperty("study_planner_follows_scheme", True)


def _follow_system(app: QApplication) -> None:
    if app.property("study_planner_theme") == "system":
        app.setPalette(palette_for(system_scheme()))


def is_dark(palette: QPalette) -> bool:
    """True when the palette draws light text on a dark window."""
    return palette.color(Role.Window).lightnessF() < palette.color(Role.WindowText).lightnessF()


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor) -> float:
    r, g, b = (_linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio between two colours, 1.0 to 21.0."""
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)
