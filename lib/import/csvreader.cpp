// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

namespace Kairos::Import {

QList<QStringList> readCsv(const QString& text, QChar separator, QString* error)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    const qsizetype n = text.size();
    const auto endRow = [&]() {
        row << field;
        field.clear();
        fieldStarted = false;
        if (!(row.size() == 1 && row.first().isEmpty()))
            rows << row;
        row.clear();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == separator) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                continue;
            endRow();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted && error)
        *error = QStringLiteral("quoted field opened on line %1 is never closed").arg(quoteLine);
    if (fieldStarted || !field.isEmpty() || !row.isEmpty())
        endRow();
    return rows;
}

QChar guessSeparator(const QString& text)
{
    const QString first = text.left(text.indexOf(QLatin1Char('\n')) < 0 ? 4096 : text.indexOf(QLatin1Char('\n')));
    const qsizetype tabs = first.count(QLatin1Char('\t'));
    const qsizetype semicolons = first.count(QLatin1Char(';'));
    const qsizetype commas = first.count(QLatin1Char(','));
    if (tabs > 0 && tabs >= commas && tabs >= semicolons)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

} // namespace Kairos::Import
