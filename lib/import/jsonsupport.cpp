// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonsupport.h"

#include "textdecoding.h"

#include <QJsonParseError>

#include <cmath>

namespace Kairos::Import {

QJsonDocument parseJson(const QByteArray& input, int maxNesting, QString* error)
{
    const QByteArray bytes = toUtf8(input);
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxNesting) {
                if (error)
                    *error = QStringLiteral("JSON nested deeper than %1 levels at offset %2").arg(maxNesting).arg(i);
                return {};
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("JSON parse error at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return {};
    }
    return document;
}

QString jsonText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    return {};
}

} // namespace Kairos::Import
