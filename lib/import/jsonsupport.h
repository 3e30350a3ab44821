// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

namespace Kairos::Import {

/// Parses JSON after checking its nesting depth (counted outside strings), so hostile input fails
/// with a clear message rather than exhausting the stack. Strips a BOM, converts UTF-16.
/// On failure returns a null document and sets *error ("JSON parse error at offset 1234: ...").
QJsonDocument parseJson(const QByteArray& bytes, int maxNesting, QString* error);

/// A JSON value as trimmed text: strings as is, numbers without a trailing ".0", others empty.
QString jsonText(const QJsonValue& value);

} // namespace Kairos::Import
