// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventquery.h"

#include "core/vocabulary.h"

#include <QCoreApplication>

namespace Kairos {

namespace {

struct Token
{
    QString field;
    QString value;
};

/// Splits on spaces outside quotes; `field:"a b"` and `"a b"` keep their spaces.
QList<Token> tokenize(const QString& text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        Token token;
        QString current;
        bool quoted = false;
        while (i < n && (quoted || !text.at(i).isSpace())) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('"')) {
                quoted = !quoted;
            } else if (c == QLatin1Char(':') && !quoted && token.field.isEmpty() && !current.isEmpty()) {
                token.field = current.toLower();
                current.clear();
            } else {
                current += c;
            }
            ++i;
        }
        token.value = current;
        tokens.append(token);
    }
    return tokens;
}

} // namespace

QStringList EventQuery::fieldNames()
{
    return {QStringLiteral("type"), QStringLiteral("entity"), QStringLiteral("status"), QStringLiteral("after"),
        QStringLiteral("before"), QStringLiteral("on")};
}

EventQuery EventQuery::parse(const QString& input)
{
    EventQuery query;
    QStringList words;
    for (const Token& token : tokenize(input)) {
        if (token.field.isEmpty()) {
            if (!token.value.isEmpty())
                words << token.value;
            continue;
        }
        if (token.value.isEmpty()) {
            query.errors << QCoreApplication::translate("EventQuery", "“%1:” needs a value.").arg(token.field);
            continue;
        }
        if (token.field == QLatin1String("type")) {
            query.types.insert(EventTypes::normalize(token.value));
        } else if (token.field == QLatin1String("entity")) {
            query.entities << token.value;
        } else if (token.field == QLatin1String("status")) {
            if (const auto status = statusFromString(token.value))
                query.statuses.insert(int(*status));
            else
                query.errors << QCoreApplication::translate(
                    "EventQuery", "Unknown status “%1” (proposed, confirmed or rejected).")
                                    .arg(token.value);
        } else if (token.field == QLatin1String("after") || token.field == QLatin1String("before")
            || token.field == QLatin1String("on")) {
            DatePrecision precision = DatePrecision::Day;
            const std::optional<TimePoint> date = TimePoint::parseIso(token.value, &precision);
            if (!date) {
                query.errors << QCoreApplication::translate(
                    "EventQuery", "“%1” is not a date (use 2025-12-08, 2025-12 or 2025).")
                                    .arg(token.value);
                continue;
            }
            if (token.field == QLatin1String("after")) {
                query.from = date;
            } else if (token.field == QLatin1String("before")) {
                query.to = date;
            } else {
                query.from = date;
                query.to = date->periodEnd(precision);
            }
        } else {
            query.errors << QCoreApplication::translate("EventQuery", "Unknown field “%1:”; known fields are %2.")
                                .arg(token.field, fieldNames().join(QStringLiteral(", ")));
        }
    }
    query.text = words.join(QLatin1Char(' '));
    return query;
}

} // namespace Kairos
