// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formatwriter.h"

namespace Kairos {

/// iCalendar (RFC 5545): a VCALENDAR with one VEVENT per dated event. Minute-precise events get UTC
/// date-times; all others are all-day events over the period their date names (a day, a week, a month …).
/// Undated events and dates outside the years 1–9999 have no place in a calendar and are skipped.
class ICalWriter : public FormatWriter
{
public:
    using FormatWriter::FormatWriter;

    void begin(QIODevice& out) override;
    Outcome write(const Event& event) override;
    void finish() override;

    /// TEXT value escaping: backslash, semicolon, comma and line breaks.
    static QString escapeText(const QString& text);
    /// One content line folded after 75 octets (never inside a UTF-8 sequence), with its CRLF.
    static QByteArray foldLine(const QString& line);

private:
    void putLine(const QString& line) { put(foldLine(line)); }
    QString description(const Event& event);
};

} // namespace Kairos
