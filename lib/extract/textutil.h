// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "wordset.h"

namespace Kairos::Extract {

/// A word, number or punctuation mark of a text, with its range in the text.
struct Token
{
    int begin = 0;
    int end = 0;
    QString lower;
    bool capitalized = false;
    bool allCaps = false;
    bool word = false;
    bool number = false;
};

QList<Token> tokenize(QStringView text, int offset = 0);

/// The words a text writes in lower case somewhere: a capitalised word among them is a common word
/// opening a sentence or a heading rather than a name.
WordSet lowerCaseWords(const QList<Token>& tokens);

/// Reads a JSON object from a file or Qt resource; the error names the file and the problem.
QJsonObject loadJsonObject(const QString& path, QString* error);
QStringList jsonStrings(const QJsonValue& value);
WordSet jsonStringSet(const QJsonValue& value);

/// A copy of an article body with the same length in which markup (Markdown links and emphasis,
/// HTML tags) is blanked out, so that character positions found in it are positions in the body.
QString maskMarkup(const QString& body);

/// Whether more than half of the letters are capitals (wire titles such as "JAPAN TO CUT CHIP OUTPUT").
bool mostlyUpperCase(QStringView text);
/// A straight or curly double quotation mark.
bool isQuoteMark(const QString& token);

} // namespace Kairos::Extract
