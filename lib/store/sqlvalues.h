// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/timepoint.h"

#include <QByteArray>
#include <QStringView>
#include <QVariant>

#include <algorithm>

#include <optional>

namespace Kairos::Sql {

/// Optional times travel as NULL, so that "undated" never turns into 1970.
inline QVariant time(const std::optional<TimePoint>& t)
{
    return t ? QVariant(t->seconds()) : QVariant(QMetaType(QMetaType::LongLong));
}

/// Qt binds a null QString as SQL NULL; text columns are NOT NULL with '' for "none".
inline QString text(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

/// The UTF-8 bytes of a text, in a buffer of their exact size: QString::toUtf8 sizes its buffer for the
/// worst case, three bytes per character, which for a long article is twice the text again.
inline QByteArray utf8(const QString& s)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < s.size() && QChar::isLowSurrogate(s.at(i + 1).unicode())) {
            bytes += 4;
            ++i;
        } else
            bytes += 3; // a lone surrogate becomes U+FFFD, three bytes like the rest
    }
    QByteArray out;
    out.reserve(bytes);
    constexpr qsizetype chunk = 1 << 16;
    for (qsizetype at = 0; at < s.size(); at += chunk) {
        qsizetype end = std::min(at + chunk, s.size());
        // A surrogate pair is never split between two chunks.
        if (end < s.size() && QChar::isHighSurrogate(s.at(end - 1).unicode()))
            ++end;
        out += QStringView(s).mid(at, end - at).toUtf8();
        at = end - chunk;
    }
    return out;
}

inline std::optional<TimePoint> toTime(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return TimePoint::fromSeconds(value.toLongLong());
}

} // namespace Kairos::Sql
