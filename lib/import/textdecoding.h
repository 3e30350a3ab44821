// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Kairos::Import {

/// Decodes file bytes to text: a byte-order mark wins, then the declared charset (HTML meta, XML
/// declaration), then UTF-8. Undecodable bytes become U+FFFD and add one warning; never fails.
QString decodeText(const QByteArray& bytes, const QString& declaredCharset = {}, QStringList* warnings = nullptr);

/// The charset an HTML page declares in its first few kilobytes (<meta charset> or http-equiv), or empty.
QString sniffHtmlCharset(const QByteArray& bytes);
/// The encoding named in an XML declaration, or empty.
QString sniffXmlEncoding(const QByteArray& bytes);

/// Bytes as UTF-8 without BOM, for parsers that only take UTF-8 (QJsonDocument): UTF-16/32 with BOM
/// are converted; other bytes pass unchanged.
QByteArray toUtf8(const QByteArray& bytes, QStringList* warnings = nullptr);

} // namespace Kairos::Import
