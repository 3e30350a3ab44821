// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltokenizer.h"

#include <QHash>
#include <QSet>

namespace Kairos::Import {

namespace {

const QHash<QString, QString>& namedEntities()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("ndash"), QStringLiteral("\u2013")},
        {QStringLiteral("mdash"), QStringLiteral("\u2014")},
        {QStringLiteral("lsquo"), QStringLiteral("\u2018")},
        {QStringLiteral("rsquo"), QStringLiteral("\u2019")},
        {QStringLiteral("ldquo"), QStringLiteral("\u201C")},
        {QStringLiteral("rdquo"), QStringLiteral("\u201D")},
        {QStringLiteral("hellip"), QStringLiteral("\u2026")},
        {QStringLiteral("copy"), QStringLiteral("\u00A9")},
        {QStringLiteral("reg"), QStringLiteral("\u00AE")},
        {QStringLiteral("trade"), QStringLiteral("\u2122")},
        {QStringLiteral("euro"), QStringLiteral("\u20AC")},
        {QStringLiteral("pound"), QStringLiteral("\u00A3")},
        {QStringLiteral("yen"), QStringLiteral("\u00A5")},
        {QStringLiteral("middot"), QStringLiteral("\u00B7")},
        {QStringLiteral("bull"), QStringLiteral("\u2022")},
        {QStringLiteral("laquo"), QStringLiteral("\u00AB")},
        {QStringLiteral("raquo"), QStringLiteral("\u00BB")},
        {QStringLiteral("shy"), QString()},
        {QStringLiteral("deg"), QStringLiteral("\u00B0")},
        {QStringLiteral("times"), QStringLiteral("\u00D7")},
        {QStringLiteral("eacute"), QStringLiteral("\u00E9")},
        {QStringLiteral("uuml"), QStringLiteral("\u00FC")},
        {QStringLiteral("ouml"), QStringLiteral("\u00F6")},
        {QStringLiteral("auml"), QStringLiteral("\u00E4")},
        {QStringLiteral("szlig"), QStringLiteral("\u00DF")},
        {QStringLiteral("sect"), QStringLiteral("\u00A7")},
    };
    return table;
}

bool isRawTextElement(const QString& name)
{
    return name == QLatin1String("script") || name == QLatin1String("style") || name == QLatin1String("textarea")
        || name == QLatin1String("title") || name == QLatin1String("xmp") || name == QLatin1String("noscript");
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char(':')
        || c == QLatin1Char('.');
}

} // namespace

QString HtmlToken::attribute(const QString& key) const
{
    for (const auto& pair : attributes) {
        if (pair.first == key)
            return pair.second;
    }
    return {};
}

QString decodeHtmlEntities(const QString& text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('&')) {
            out += c;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n && end - i <= 32 && (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('#')))
            ++end;
        const QString name = text.mid(i + 1, end - i - 1);
        const bool terminated = end < n && text.at(end) == QLatin1Char(';');
        QString replacement;
        bool known = false;
        if (name.startsWith(QLatin1Char('#')) && name.size() > 1) {
            bool ok = false;
            const uint code = (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'))
                ? name.mid(2).toUInt(&ok, 16)
                : name.mid(1).toUInt(&ok, 10);
            if (ok) {
                known = true;
                // Control characters (SGML wire codes like &#3;) carry no text.
                if (code == 9 || code == 10 || code == 13)
                    replacement = QChar(char16_t(code));
                else if (code < 32 || (code >= 127 && code < 160))
                    replacement = QString();
                else if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                    replacement = QChar(0xFFFD);
                else
                    replacement = QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1);
            }
        } else if (const auto it = namedEntities().constFind(name); it != namedEntities().cend()) {
            known = true;
            replacement = *it;
        }
        if (!known) {
            out += c;
            continue;
        }
        out += replacement;
        i = terminated ? end : end - 1;
    }
    return out;
}

QList<HtmlToken> tokenizeHtml(const QString& html)
{
    QList<HtmlToken> tokens;
    const qsizetype n = html.size();
    qsizetype i = 0;
    QString pending;
    const auto flushText = [&]() {
        if (!pending.isEmpty()) {
            HtmlToken t;
            t.text = decodeHtmlEntities(pending);
            tokens.append(std::move(t));
            pending.clear();
        }
    };
    while (i < n) {
        const QChar c = html.at(i);
        if (c != QLatin1Char('<') || i + 1 >= n) {
            pending += c;
            ++i;
            continue;
        }
        const QChar next = html.at(i + 1);
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype close = html.indexOf(QLatin1String("-->"), i + 4);
            flushText();
            HtmlToken t;
            t.kind = HtmlToken::Comment;
            t.text = html.mid(i + 4, (close < 0 ? n : close) - i - 4);
            tokens.append(std::move(t));
            i = close < 0 ? n : close + 3;
            continue;
        }
        if (next == QLatin1Char('!') || next == QLatin1Char('?')) {
            const qsizetype close = html.indexOf(QLatin1Char('>'), i);
            i = close < 0 ? n : close + 1;
            continue;
        }
        const bool closing = next == QLatin1Char('/');
        qsizetype p = i + (closing ? 2 : 1);
        const qsizetype nameStart = p;
        while (p < n && isNameChar(html.at(p)))
            ++p;
        if (p == nameStart || !html.at(nameStart).isLetter()) {
            pending += c; // a stray '<' is text
            ++i;
            continue;
        }
        HtmlToken tag;
        tag.kind = closing ? HtmlToken::EndTag : HtmlToken::StartTag;
        tag.name = html.mid(nameStart, p - nameStart).toLower();
        // Attributes: name, name=value, name="value", name='value'; tolerant of junk.
        while (p < n && html.at(p) != QLatin1Char('>')) {
            const QChar a = html.at(p);
            if (a.isSpace() || a == QLatin1Char('"') || a == QLatin1Char('\'')) {
                ++p;
                continue;
            }
            if (a == QLatin1Char('/')) {
                tag.selfClosing = true;
                ++p;
                continue;
            }
            const qsizetype keyStart = p;
            while (p < n && !html.at(p).isSpace() && html.at(p) != QLatin1Char('=') && html.at(p) != QLatin1Char('>')
                && html.at(p) != QLatin1Char('/'))
                ++p;
            const QString key = html.mid(keyStart, p - keyStart).toLower();
            while (p < n && html.at(p).isSpace())
                ++p;
            QString value;
            if (p < n && html.at(p) == QLatin1Char('=')) {
                ++p;
                while (p < n && html.at(p).isSpace())
                    ++p;
                if (p < n && (html.at(p) == QLatin1Char('"') || html.at(p) == QLatin1Char('\''))) {
                    const QChar quote = html.at(p);
                    const qsizetype close = html.indexOf(quote, p + 1);
                    value = html.mid(p + 1, (close < 0 ? n : close) - p - 1);
                    p = close < 0 ? n : close + 1;
                } else {
                    const qsizetype valueStart = p;
                    while (p < n && !html.at(p).isSpace() && html.at(p) != QLatin1Char('>'))
                        ++p;
                    value = html.mid(valueStart, p - valueStart);
                }
            }
            if (!key.isEmpty() && tag.attributes.size() < 64)
                tag.attributes.append({key, decodeHtmlEntities(value)});
            tag.selfClosing = false;
        }
        i = p < n ? p + 1 : n;
        flushText();
        const bool raw = tag.kind == HtmlToken::StartTag && !tag.selfClosing && isRawTextElement(tag.name);
        const QString name = tag.name;
        tokens.append(std::move(tag));
        if (raw) {
            const QString endTag = QLatin1String("</") + name;
            const qsizetype close = html.indexOf(endTag, i, Qt::CaseInsensitive);
            const QString content = html.mid(i, (close < 0 ? n : close) - i);
            HtmlToken t;
            const bool code = name == QLatin1String("script") || name == QLatin1String("style");
            t.text = code ? content : decodeHtmlEntities(content);
            tokens.append(std::move(t));
            HtmlToken end;
            end.kind = HtmlToken::EndTag;
            end.name = name;
            tokens.append(std::move(end));
            if (close < 0) {
                i = n;
            } else {
                const qsizetype gt = html.indexOf(QLatin1Char('>'), close);
                i = gt < 0 ? n : gt + 1;
            }
        }
    }
    flushText();
    return tokens;
}

} // namespace Kairos::Import
