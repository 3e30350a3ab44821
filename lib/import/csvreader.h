// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Kairos::Import {

/// RFC 4180 rows: quoted fields may hold separators, doubled quotes and line breaks. A quote left
/// open at the end is reported through *error and the rows read so far are returned.
QList<QStringList> readCsv(const QString& text, QChar separator = QLatin1Char(','), QString* error = nullptr);

/// Guesses the separator of a delimited text from its first line: tab, semicolon or comma.
QChar guessSeparator(const QString& text);

} // namespace Kairos::Import
