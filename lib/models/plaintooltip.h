// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kairos {

/// Tooltip text that shows exactly what it says. Qt renders a tooltip as rich text whenever it looks
/// like markup, and titles, names and aliases come from imported articles: "<img src=…>" in a title
/// must show as those characters, not load an image. So the text is escaped and marked up ourselves.
inline QString plainTooltip(const QString& text)
{
    if (text.isEmpty())
        return text;
    return QStringLiteral("<p style='white-space:pre'>%1</p>")
        .arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

} // namespace Kairos
