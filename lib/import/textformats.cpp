// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"
#include "loosedate.h"
#include "parsers.h"
#include "textdecoding.h"

#include <QRegularExpression>

#include <algorithm>

namespace Kairos::Import {

namespace {

QString normaliseNewlines(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

/// Where each '[' and '(' of a line is closed (nesting honoured, a backslash escaping the next character), found
/// in one pass: scanning ahead from every bracket made a long line of brackets quadratic. Only brackets are
/// stored, so ordinary text costs nothing.
class Brackets
{
public:
    explicit Brackets(const QString& text)
    {
        QList<qsizetype> squares;
        QList<qsizetype> rounds;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\\')) {
                ++i;
            } else if (c == QLatin1Char('[') || c == QLatin1Char('(')) {
                (c == QLatin1Char('[') ? squares : rounds).append(m_brackets.size());
                m_brackets.append({i, -1});
            } else if (c == QLatin1Char(']') && !squares.isEmpty()) {
                m_brackets[squares.takeLast()].second = i;
            } else if (c == QLatin1Char(')') && !rounds.isEmpty()) {
                m_brackets[rounds.takeLast()].second = i;
            }
        }
    }

    /// The index of the bracket closing the one at `open`, or -1.
    qsizetype closing(qsizetype open) const
    {
        const auto it = std::lower_bound(m_brackets.cbegin(), m_brackets.cend(), open,
            [](const QPair<qsizetype, qsizetype>& bracket, qsizetype at) { return bracket.first < at; });
        return it != m_brackets.cend() && it->first == open ? it->second : -1;
    }

private:
    /// Position of each opening bracket, in order, and of its closing one.
    QList<QPair<qsizetype, qsizetype>> m_brackets;
};

/// Replaces "**text**" and "__text__" by their text, reading them as (\*\*|__)(?=\S)(.+?)(?<=\S)\1 would, in
/// linear time. That regular expression tried each opener against the whole rest of the line, so a few hundred
/// kilobytes of unclosed "**" took minutes (found while profiling the Markdown fuzz target). A failed search also
/// rules out every later opener of the same marker up to where it stopped.
QString removeStrong(const QString& text)
{
    const auto isSpace = [](QChar c) {
        return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\v')
            || c == QLatin1Char('\f') || c == QLatin1Char('\r');
    };
    const qsizetype n = text.size();
    QString out;
    qsizetype copied = 0;
    // Per marker ('*', '_'): openers before this position have no closer.
    qsizetype hopeless[2] = {0, 0};
    for (qsizetype open = 0; open + 2 < n; ++open) {
        const QChar marker = text.at(open);
        const int kind = marker == QLatin1Char('*') ? 0 : marker == QLatin1Char('_') ? 1 : -1;
        if (kind < 0 || text.at(open + 1) != marker || isSpace(text.at(open + 2)) || open < hopeless[kind])
            continue;
        qsizetype close = -1;
        qsizetype c = open + 3;
        // The text between the markers is one line ('.' does not match a line break).
        for (; c + 1 < n && text.at(c - 1) != QLatin1Char('\n'); ++c) {
            if (text.at(c) == marker && text.at(c + 1) == marker && !isSpace(text.at(c - 1))) {
                close = c;
                break;
            }
        }
        if (close < 0) {
            hopeless[kind] = c;
            continue;
        }
        out += QStringView(text).mid(copied, open - copied);
        out += QStringView(text).mid(open + 2, close - open - 2);
        copied = close + 2;
        open = close + 1;
    }
    if (copied == 0)
        return text;
    out += QStringView(text).mid(copied);
    return out;
}

QString inlineMarkdown(const QString& line, int depth = 0)
{
    QString out;
    out.reserve(line.size());
    const Brackets brackets(line);
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        const bool image = c == QLatin1Char('!') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('[');
        if ((c == QLatin1Char('[') || image) && depth < 8) {
            const qsizetype open = image ? i + 1 : i;
            const qsizetype close = brackets.closing(open);
            if (close > 0) {
                const qsizetype after = close + 1;
                qsizetype end = -1;
                if (after < line.size() && line.at(after) == QLatin1Char('('))
                    end = brackets.closing(after);
                else if (after < line.size() && line.at(after) == QLatin1Char('['))
                    end = line.indexOf(QLatin1Char(']'), after);
                // Only a link's label is converted. Converting the inside of every bracket pair, link or
                // not, and then moving on one character made nested brackets take exponential time: 60
                // bytes of "[[[...]]]" took 15 s (found by profiling the Markdown fuzz target).
                if (end > 0) {
                    out += inlineMarkdown(line.mid(open + 1, close - open - 1), depth + 1);
                    i = end;
                    continue;
                }
            }
        }
        if (c == QLatin1Char('\\') && i + 1 < line.size() && line.at(i + 1).isPunct()) {
            out += line.at(++i);
            continue;
        }
        out += c;
    }
    static const QRegularExpression autolink(QStringLiteral("<(https?://[^>\\s]+)>"));
    static const QRegularExpression emphasis(QStringLiteral("(?<![\\w*])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![\\w*])"));
    static const QRegularExpression code(QStringLiteral("`([^`]*)`"));
    static const QRegularExpression tag(QStringLiteral("</?[A-Za-z][^>]*>"));
    out.replace(autolink, QStringLiteral("\\1"));
    out = removeStrong(out);
    out.replace(emphasis, QStringLiteral("\\1"));
    out.replace(code, QStringLiteral("\\1"));
    out.replace(tag, QString());
    return decodeHtmlEntities(out);
}

QString frontMatterValue(const QHash<QString, QString>& fields, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const QString value = fields.value(QLatin1String(key));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

QString markdownToText(const QString& markdown)
{
    static const QRegularExpression heading(QStringLiteral("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression bullet(QStringLiteral("^\\s*(?:[*+\\-]|\\d{1,9}[.)])\\s+(.*)$"));
    static const QRegularExpression rule(QStringLiteral("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$"));
    static const QRegularExpression setextUnderline(QStringLiteral("^\\s{0,3}(=+|-+)\\s*$"));
    QStringList out;
    QString paragraph;
    bool inFence = false;
    const auto flush = [&]() {
        if (!paragraph.trimmed().isEmpty())
            out << inlineMarkdown(paragraph.simplified()).simplified();
        paragraph.clear();
    };
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.trimmed().startsWith(QLatin1String("```")) || line.trimmed().startsWith(QLatin1String("~~~"))) {
            flush();
            inFence = !inFence;
            continue;
        }
        if (inFence) {
            if (!line.trimmed().isEmpty())
                out << line.trimmed();
            continue;
        }
        if (line.trimmed().isEmpty()) {
            flush();
            continue;
        }
        if (rule.match(line).hasMatch() || (setextUnderline.match(line).hasMatch() && !paragraph.isEmpty())) {
            flush();
            continue;
        }
        QRegularExpressionMatch m = heading.match(line);
        if (!m.hasMatch())
            m = bullet.match(line);
        if (m.hasMatch()) {
            flush();
            paragraph = m.captured(1);
            flush();
            continue;
        }
        QString text = line.trimmed();
        while (text.startsWith(QLatin1Char('>')))
            text = text.mid(1).trimmed();
        paragraph += QLatin1Char(' ') + text;
    }
    flush();
    out.removeAll(QString());
    return out.join(QLatin1Char('\n'));
}

void parseTextArticle(const ParseContext& context, ParsedFile& out)
{
    ParsedArticle parsed = makeArticle(context, QStringLiteral("txt"), context.file.bytes);
    const QString text = normaliseNewlines(decodeText(context.file.bytes, QString(), &parsed.warnings));
    // Worked on as a view of the text, not split into lines: a file near the size cap has a million of them,
    // and a list of them costs several times the text.
    QStringView rest(text);
    const auto dropBlankLinesAtStart = [&rest] {
        while (!rest.isEmpty()) {
            const qsizetype end = rest.indexOf(QLatin1Char('\n'));
            if (!(end < 0 ? rest : rest.left(end)).trimmed().isEmpty())
                return;
            rest = end < 0 ? QStringView() : rest.mid(end + 1);
        }
    };
    dropBlankLinesAtStart();
    if (!rest.isEmpty()) {
        const qsizetype end = rest.indexOf(QLatin1Char('\n'));
        parsed.article.title = (end < 0 ? rest : rest.left(end)).trimmed().toString();
        rest = end < 0 ? QStringView() : rest.mid(end + 1);
    }
    // The body keeps its lines as written so that an exported bundle reads back identically.
    dropBlankLinesAtStart();
    while (!rest.isEmpty()) {
        const qsizetype start = rest.lastIndexOf(QLatin1Char('\n'));
        if (!rest.mid(start + 1).trimmed().isEmpty())
            break;
        rest = start < 0 ? QStringView() : rest.left(start);
    }
    parsed.article.body = rest.toString();
    finishArticle(parsed, context);
    if (!parsed.article.published) {
        if (const auto date = dateFromText(parsed.article.body)) {
            parsed.article.published = date->point;
            parsed.article.publishedPrecision = date->precision;
        }
    }
    out.articles.append(parsed);
}

void parseMarkdownArticle(const ParseContext& context, ParsedFile& out)
{
    ParsedArticle parsed = makeArticle(context, QStringLiteral("md"), context.file.bytes);
    QString text = normaliseNewlines(decodeText(context.file.bytes, QString(), &parsed.warnings));
    QHash<QString, QString> fields;
    if (text.startsWith(QLatin1String("---\n"))) {
        const qsizetype end = text.indexOf(QLatin1String("\n---"), 3);
        if (end > 0) {
            const QStringList lines = text.mid(4, end - 4).split(QLatin1Char('\n'));
            for (const QString& line : lines) {
                const qsizetype colon = line.indexOf(QLatin1Char(':'));
                if (colon <= 0 || line.startsWith(QLatin1Char(' ')))
                    continue;
                QString value = line.mid(colon + 1).trimmed();
                if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))
                    && value.endsWith(value.at(0)))
                    value = value.mid(1, value.size() - 2);
                fields.insert(line.left(colon).trimmed().toLower(), value);
            }
            const qsizetype bodyStart = text.indexOf(QLatin1Char('\n'), end + 4);
            text = bodyStart < 0 ? QString() : text.mid(bodyStart + 1);
        }
    }
    Article& a = parsed.article;
    a.title = frontMatterValue(fields, {"title", "headline"});
    a.outlet = frontMatterValue(fields, {"outlet", "source", "publisher", "site"});
    a.url = frontMatterValue(fields, {"url", "link", "canonical_url"});
    a.language = frontMatterValue(fields, {"language", "lang"});
    for (const char* key : {"published", "date", "pubdate", "published_at"}) {
        if (const auto date = parseLooseDate(fields.value(QLatin1String(key)))) {
            a.published = date->point;
            a.publishedPrecision = date->precision;
            break;
        }
    }
    a.body = markdownToText(text);
    if (a.title.isEmpty()) {
        static const QRegularExpression h1(QStringLiteral("^\\s{0,3}#\\s+(.+)$"), QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = h1.match(text);
        a.title = m.hasMatch() ? inlineMarkdown(m.captured(1)).trimmed() : a.body.section(QLatin1Char('\n'), 0, 0);
    }
    finishArticle(parsed, context);
    out.articles.append(parsed);
}

} // namespace Kairos::Import
