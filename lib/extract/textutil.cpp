// SPDX-License-Identifier: GPL-3.0-or-later
#include "textutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Kairos::Extract {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// Chinese and Japanese write without spaces: each ideograph or kana is a token of its own, so
// gazetteer names written in them match as token sequences. Hangul keeps its spaced words.
bool isUnspacedScript(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x3040 && u <= 0x30FF)
        || (u >= 0xF900 && u <= 0xFAFF);
}

// Apostrophes, hyphens, periods and ampersands stay inside a word when a word character follows
// ("Nvidia's", "self-sufficiency", "1.03", "AT&T").
bool joinsWord(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('-') || c == QLatin1Char('.')
        || c == QLatin1Char('&') || c == QLatin1Char(',') || c == QLatin1Char('/');
}

// Most words are ASCII: lower-casing them in place skips Qt's Unicode case tables, which cost
// a tenth of all extraction time.
QString lowerCase(QStringView w)
{
    QString out(w.size(), Qt::Uninitialized);
    QChar* o = out.data();
    for (QChar c : w) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return w.toString().toLower();
        *o++ = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
    }
    return out;
}

} // namespace

QList<Token> tokenize(QStringView text, int offset)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 5);
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        // "the Manufacturers' Association": a plural's possessive mark is no quotation mark.
        const bool pluralPossessive = (c == QLatin1Char('\'') || c == QChar(0x2019)) && i > 0
            && (text[i - 1] == QLatin1Char('s') || text[i - 1] == QLatin1Char('S'))
            && (i + 1 == n || text[i + 1].isSpace());
        if (pluralPossessive) {
            ++i;
            continue;
        }
        Token t;
        t.begin = offset + i;
        if (isUnspacedScript(c)) {
            t.end = t.begin + 1;
            t.lower = QString(c);
            t.word = true;
            tokens.append(t);
            ++i;
            continue;
        }
        if (isWordChar(c)) {
            int j = i + 1;
            bool digitsOnly = c.isDigit();
            while (j < n) {
                const QChar d = text[j];
                if (isWordChar(d) && !isUnspacedScript(d)) {
                    digitsOnly = digitsOnly && d.isDigit();
                    ++j;
                } else if (joinsWord(d) && j + 1 < n && isWordChar(text[j + 1])) {
                    // A comma or slash only joins digits ("1,000", "12/08/2025").
                    if ((d == QLatin1Char(',') || d == QLatin1Char('/'))
                        && !(text[j - 1].isDigit() && text[j + 1].isDigit()))
                        break;
                    if (d == QLatin1Char('.') && !text[j - 1].isDigit() && !(j >= 2 && text[j - 2] == QLatin1Char('.'))
                        && !(j + 2 < n && text[j + 2] == QLatin1Char('.')))
                        break;
                    ++j;
                } else {
                    break;
                }
            }
            // Keep the final period of an initialism ("U.S.") with the word.
            if (j < n && text[j] == QLatin1Char('.') && j >= 2 && text[j - 2] == QLatin1Char('.'))
                ++j;
            QStringView w = text.mid(i, j - i);
            // A possessive belongs to the name before it: "Nvidia's" names Nvidia.
            if (w.size() > 2 && (w.endsWith(QLatin1String("'s")) || w.endsWith(QStringView(u"\u2019s"))))
                w.chop(2);
            // "won't", "didn't": the negation is a word of its own, so that every rule that reads
            // "will not" or "did not" reads the contraction too.
            const bool contracted = w.size() > 3
                && (w.endsWith(QLatin1String("n't"), Qt::CaseInsensitive)
                    || w.endsWith(QStringView(u"n\u2019t"), Qt::CaseInsensitive));
            if (contracted) {
                const QStringView head = w.chopped(3);
                Token verb = t;
                verb.end = t.begin + int(head.size());
                verb.lower = lowerCase(head);
                if (verb.lower == QLatin1String("wo"))
                    verb.lower = QStringLiteral("will");
                else if (verb.lower == QLatin1String("ca"))
                    verb.lower = QStringLiteral("can");
                else if (verb.lower == QLatin1String("sha"))
                    verb.lower = QStringLiteral("shall");
                verb.word = true;
                verb.capitalized = head.front().isUpper();
                tokens.append(verb);
                t.begin = verb.end;
                t.end = t.begin + 3;
                t.lower = QStringLiteral("not");
                t.word = true;
                tokens.append(t);
                i = j;
                continue;
            }
            t.end = offset + i + int(w.size());
            t.lower = lowerCase(w);
            t.word = true;
            t.number = w.front().isDigit();
            t.capitalized = w.front().isUpper();
            bool upper = true;
            for (QChar ch : w) {
                if (ch.isLower()) {
                    upper = false;
                    break;
                }
            }
            t.allCaps = upper && !t.number;
            i = j;
        } else {
            t.end = t.begin + 1;
            t.lower = QString(c);
            ++i;
        }
        tokens.append(t);
    }
    return tokens;
}

QJsonObject loadJsonObject(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot open (%2)").arg(path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                         .arg(path, parseError.errorString())
                         .arg(parseError.offset);
        return {};
    }
    return doc.object();
}

QStringList jsonStrings(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& v : array)
        list << v.toString();
    return list;
}

WordSet jsonStringSet(const QJsonValue& value)
{
    const QStringList list = jsonStrings(value);
    return WordSet(list.begin(), list.end());
}

WordSet lowerCaseWords(const QList<Token>& tokens)
{
    WordSet words;
    words.reserve(size_t(tokens.size()));
    for (const Token& t : tokens) {
        if (t.word && !t.capitalized)
            words.insert(t.lower);
    }
    return words;
}

QString maskMarkup(const QString& body)
{
    QString out = body;
    const int n = int(out.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = out[i];
        // Markdown link target: "](http...)" is blanked up to the closing parenthesis.
        if (c == QLatin1Char(']') && i + 1 < n && out[i + 1] == QLatin1Char('(')) {
            int depth = 0;
            int j = i + 1;
            for (; j < n && out[j] != QLatin1Char('\n'); ++j) {
                if (out[j] == QLatin1Char('('))
                    ++depth;
                else if (out[j] == QLatin1Char(')') && --depth == 0)
                    break;
            }
            if (j < n && out[j] == QLatin1Char(')')) {
                for (int k = i; k <= j; ++k)
                    out[k] = QLatin1Char(' ');
                i = j;
                continue;
            }
        }
        if (c == QLatin1Char('<')) {
            int j = i + 1;
            while (j < n && j - i < 200 && out[j] != QLatin1Char('>') && out[j] != QLatin1Char('<'))
                ++j;
            if (j < n && out[j] == QLatin1Char('>') && j > i + 1
                && (out[i + 1].isLower() || out[i + 1] == QLatin1Char('/'))) {
                for (int k = i; k <= j; ++k)
                    out[k] = QLatin1Char(' ');
                i = j;
                continue;
            }
        }
        if (c == QLatin1Char('[') || c == QLatin1Char('*') || c == QLatin1Char('#') || c == QLatin1Char('_')
            || c == QLatin1Char('`'))
            out[i] = QLatin1Char(' ');
    }
    return out;
}

bool mostlyUpperCase(QStringView text)
{
    int upper = 0;
    int lower = 0;
    for (QChar c : text) {
        // Most text is ASCII: spare the Unicode tables their lookup.
        const char16_t u = c.unicode();
        if (u < 0x80) {
            upper += u >= u'A' && u <= u'Z';
            lower += u >= u'a' && u <= u'z';
        } else if (c.isUpper()) {
            ++upper;
        } else if (c.isLower()) {
            ++lower;
        }
    }
    return upper > lower;
}

bool isQuoteMark(const QString& token)
{
    return token.size() == 1
        && (token.front() == QLatin1Char('"') || token.front() == QChar(0x201C) || token.front() == QChar(0x201D));
}

} // namespace Kairos::Extract
