#include "Theme.h"

#include <QApplication>
#include <QStyle>

namespace glossator {

namespace {

QPalette& systemPalette()
{
    static QPalette palette = QApplication::palette();
    return palette;
}

QPalette darkPalette()
{
    // Contrast of body text on the base is above 12:1; the mid tones keep card separators and
    // disabled text visible without glare.
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe4, 0xe5, 0xe7);
    const QColor disabledText(0x7c, 0x7f, 0x86);
    QPalette palette(text, window, QColor(0x4a, 0x4c, 0x52), QColor(0x18, 0x19, 0x1b), QColor(0x45, 0x47, 0x4d), text,
                     QColor(0xff, 0xff, 0xff), base, window);
    palette.setColor(QPalette::AlternateBase, QColor(0x2f, 0x31, 0x36));
    palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x41));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    palette.setColor(QPalette::PlaceholderText, disabledText);
    for (const QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x47, 0x4d));
    return palette;
}

} // namespace

QPalette themePalette(Settings::Theme theme)
{
    switch (theme) {
    case Settings::Theme::Light:
        return QApplication::style()->standardPalette();
    case Settings::Theme::Dark:
        return darkPalette();
    case Settings::Theme::System:
        break;
    }
    return systemPalette();
}

void applyTheme(Settings::Theme theme)
{
    systemPalette(); // remembered before the first change
    QApplication::setPalette(themePalette(theme));
}

} // namespace glossator
