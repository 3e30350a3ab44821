// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formatwriter.h"

namespace Kairos {

/// CSV for spreadsheets (RFC 4180, UTF-8 with a byte order mark, CRLF between rows), one row per event:
/// id, title, start, end, precision, type, modality, status, confidence, entities, attribution, reported,
/// sources, evidence. Undated events are kept with empty dates.
class CsvWriter : public FormatWriter
{
public:
    using FormatWriter::FormatWriter;

    static QStringList columns();

    void begin(QIODevice& out) override;
    Outcome write(const Event& event) override;

    /// A cell a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return)
    /// gets a leading apostrophe, which spreadsheets hide; so does a cell that starts with an apostrophe,
    /// so that restoreCell() can always tell the two apart.
    static QString defuseCell(const QString& text);
    /// Undoes defuseCell() on a cell read back.
    static QString restoreCell(const QString& text);
    /// The cell quoted as RFC 4180 asks when it holds a comma, a quote or a line break.
    static QString quoteCell(const QString& text);

private:
    void putRow(const QStringList& cells);
};

} // namespace Kairos
