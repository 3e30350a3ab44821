// SPDX-License-Identifier: GPL-3.0-or-later
#include "systempalette.h"

#include <QApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>

namespace Kairos {

namespace {

std::optional<QColor> readColor(QSettings& settings, const QString& group, const QString& key)
{
    settings.beginGroup(group);
    const QStringList parts = settings.value(key).toStringList();
    settings.endGroup();
    if (parts.size() < 3)
        return std::nullopt;
    const QColor color(parts.at(0).toInt(), parts.at(1).toInt(), parts.at(2).toInt());
    return color.isValid() ? std::optional<QColor>(color) : std::nullopt;
}

} // namespace

std::optional<QPalette> kdeGlobalsPalette(const QString& path)
{
    if (!QFileInfo::exists(path))
        return std::nullopt;
    QSettings settings(path, QSettings::IniFormat);
    const std::optional<QColor> window
        = readColor(settings, QStringLiteral("Colors:Window"), QStringLiteral("BackgroundNormal"));
    const std::optional<QColor> windowText
        = readColor(settings, QStringLiteral("Colors:Window"), QStringLiteral("ForegroundNormal"));
    if (!window || !windowText)
        return std::nullopt;
    const QColor base
        = readColor(settings, QStringLiteral("Colors:View"), QStringLiteral("BackgroundNormal")).value_or(*window);
    const QColor text
        = readColor(settings, QStringLiteral("Colors:View"), QStringLiteral("ForegroundNormal")).value_or(*windowText);
    const QColor alternate
        = readColor(settings, QStringLiteral("Colors:View"), QStringLiteral("BackgroundAlternate")).value_or(base);
    const QColor button
        = readColor(settings, QStringLiteral("Colors:Button"), QStringLiteral("BackgroundNormal")).value_or(*window);
    const QColor buttonText = readColor(settings, QStringLiteral("Colors:Button"), QStringLiteral("ForegroundNormal"))
                                  .value_or(*windowText);
    const QColor highlight = readColor(settings, QStringLiteral("Colors:Selection"), QStringLiteral("BackgroundNormal"))
                                 .value_or(QColor(61, 174, 233));
    const QColor highlightedText
        = readColor(settings, QStringLiteral("Colors:Selection"), QStringLiteral("ForegroundNormal"))
              .value_or(Qt::white);
    const QColor tooltip
        = readColor(settings, QStringLiteral("Colors:Tooltip"), QStringLiteral("BackgroundNormal")).value_or(base);
    const QColor tooltipText
        = readColor(settings, QStringLiteral("Colors:Tooltip"), QStringLiteral("ForegroundNormal")).value_or(text);
    const QColor link
        = readColor(settings, QStringLiteral("Colors:View"), QStringLiteral("ForegroundLink")).value_or(highlight);
    const QColor inactiveText = readColor(settings, QStringLiteral("Colors:View"), QStringLiteral("ForegroundInactive"))
                                    .value_or(text.darker(140));

    QPalette palette(
        buttonText, button, button.lighter(130), button.darker(130), button.darker(110), text, text, base, *window);
    palette.setColor(QPalette::WindowText, *windowText);
    palette.setColor(QPalette::AlternateBase, alternate);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, highlightedText);
    palette.setColor(QPalette::ToolTipBase, tooltip);
    palette.setColor(QPalette::ToolTipText, tooltipText);
    palette.setColor(QPalette::Link, link);
    palette.setColor(QPalette::PlaceholderText, inactiveText);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, inactiveText);
    return palette;
}

bool applySystemPalette()
{
    const QString path = QStandardPaths::locate(QStandardPaths::GenericConfigLocation, QStringLiteral("kdeglobals"));
    const std::optional<QPalette> palette = path.isEmpty() ? std::nullopt : kdeGlobalsPalette(path);
    if (!palette)
        return false;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(*palette);
    return true;
}

} // namespace Kairos
