// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"

#include <QRegularExpression>
#include <QSet>

namespace Kairos::Import {

namespace {

bool isBlock(const QString& name)
{
    static const QSet<QString> blocks = {
        QStringLiteral("p"),
        QStringLiteral("div"),
        QStringLiteral("br"),
        QStringLiteral("li"),
        QStringLiteral("h1"),
        QStringLiteral("h2"),
        QStringLiteral("h3"),
        QStringLiteral("h4"),
        QStringLiteral("h5"),
        QStringLiteral("h6"),
        QStringLiteral("tr"),
        QStringLiteral("blockquote"),
        QStringLiteral("section"),
        QStringLiteral("article"),
        QStringLiteral("ul"),
        QStringLiteral("ol"),
        QStringLiteral("table"),
        QStringLiteral("pre"),
        QStringLiteral("hr"),
        QStringLiteral("dd"),
        QStringLiteral("dt"),
        QStringLiteral("figcaption"),
        QStringLiteral("main"),
        QStringLiteral("header"),
    };
    return blocks.contains(name);
}

bool isVoid(const QString& name)
{
    static const QSet<QString> voids
        = {QStringLiteral("br"), QStringLiteral("img"), QStringLiteral("hr"), QStringLiteral("meta"),
            QStringLiteral("link"), QStringLiteral("input"), QStringLiteral("source"), QStringLiteral("wbr"),
            QStringLiteral("area"), QStringLiteral("base"), QStringLiteral("col"), QStringLiteral("embed")};
    return voids.contains(name);
}

bool isAlwaysSkipped(const QString& name)
{
    static const QSet<QString> skipped = {
        QStringLiteral("script"),
        QStringLiteral("style"),
        QStringLiteral("noscript"),
        QStringLiteral("nav"),
        QStringLiteral("aside"),
        QStringLiteral("footer"),
        QStringLiteral("form"),
        QStringLiteral("iframe"),
        QStringLiteral("svg"),
        QStringLiteral("button"),
        QStringLiteral("select"),
        QStringLiteral("template"),
        QStringLiteral("head"),
        QStringLiteral("title"),
        QStringLiteral("textarea"),
        QStringLiteral("object"),
        QStringLiteral("canvas"),
        QStringLiteral("dialog"),
        QStringLiteral("menu"),
    };
    return skipped.contains(name);
}

/// Class/id/role words that mark page furniture rather than the story.
bool looksLikeBoilerplate(const HtmlToken& tag)
{
    static const QSet<QString> words = {
        QStringLiteral("ad"),
        QStringLiteral("ads"),
        QStringLiteral("advert"),
        QStringLiteral("advertisement"),
        QStringLiteral("promo"),
        QStringLiteral("sponsored"),
        QStringLiteral("share"),
        QStringLiteral("sharing"),
        QStringLiteral("social"),
        QStringLiteral("related"),
        QStringLiteral("newsletter"),
        QStringLiteral("cookie"),
        QStringLiteral("cookies"),
        QStringLiteral("subscribe"),
        QStringLiteral("subscription"),
        QStringLiteral("nav"),
        QStringLiteral("navbar"),
        QStringLiteral("menu"),
        QStringLiteral("breadcrumb"),
        QStringLiteral("breadcrumbs"),
        QStringLiteral("sidebar"),
        QStringLiteral("footer"),
        QStringLiteral("comments"),
        QStringLiteral("paywall"),
    };
    static const QRegularExpression splitter(QStringLiteral("[\\s_\\-]+"));
    const QString role = tag.attribute(QStringLiteral("role"));
    if (role == QLatin1String("navigation") || role == QLatin1String("banner") || role == QLatin1String("complementary")
        || tag.attribute(QStringLiteral("aria-hidden")) == QLatin1String("true")
        || tag.attribute(QStringLiteral("hidden")) != QString()
        || tag.attributes.contains({QStringLiteral("hidden"), QString()}))
        return true;
    const QString classes
        = tag.attribute(QStringLiteral("class")) + QLatin1Char(' ') + tag.attribute(QStringLiteral("id"));
    const QStringList parts = classes.toLower().split(splitter, Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (words.contains(part))
            return true;
    }
    return false;
}

} // namespace

qsizetype matchingEnd(const QList<HtmlToken>& tokens, qsizetype start)
{
    const QString& name = tokens.at(start).name;
    int depth = 0;
    for (qsizetype i = start; i < tokens.size(); ++i) {
        const HtmlToken& t = tokens.at(i);
        if (t.name != name || t.kind == HtmlToken::Text || t.kind == HtmlToken::Comment)
            continue;
        if (t.kind == HtmlToken::StartTag && !t.selfClosing)
            ++depth;
        else if (t.kind == HtmlToken::EndTag && --depth == 0)
            return i;
    }
    return tokens.size();
}

QString tidyLines(const QString& text)
{
    QStringList out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.simplified();
        if (!line.isEmpty() && line != QStringLiteral("\u2022"))
            out << line;
    }
    return out.join(QLatin1Char('\n'));
}

QString tokensToText(const QList<HtmlToken>& tokens, qsizetype from, qsizetype to)
{
    QString text;
    QString skipName;
    int skipDepth = 0;
    for (qsizetype i = from; i < to && i < tokens.size(); ++i) {
        const HtmlToken& t = tokens.at(i);
        if (skipDepth > 0) {
            if (t.name == skipName && t.kind == HtmlToken::StartTag && !t.selfClosing && !isVoid(t.name))
                ++skipDepth;
            else if (t.name == skipName && t.kind == HtmlToken::EndTag)
                --skipDepth;
            continue;
        }
        switch (t.kind) {
        case HtmlToken::Text:
            text += t.text;
            break;
        case HtmlToken::Comment:
            break;
        case HtmlToken::StartTag:
            if (!t.selfClosing && !isVoid(t.name) && (isAlwaysSkipped(t.name) || looksLikeBoilerplate(t))) {
                skipName = t.name;
                skipDepth = 1;
                break;
            }
            if (t.name == QLatin1String("li"))
                text += QStringLiteral("\n\u2022 ");
            else if (t.name == QLatin1String("p")
                || (t.name.size() == 2 && t.name.at(0) == QLatin1Char('h') && t.name.at(1).isDigit()))
                text += QLatin1String("\n\n");
            else if (isBlock(t.name))
                text += QLatin1Char('\n');
            else if (t.name == QLatin1String("td") || t.name == QLatin1String("th"))
                text += QLatin1Char(' ');
            break;
        case HtmlToken::EndTag:
            if (t.name == QLatin1String("p")
                || (t.name.size() == 2 && t.name.at(0) == QLatin1Char('h') && t.name.at(1).isDigit()))
                text += QLatin1String("\n\n");
            else if (isBlock(t.name))
                text += QLatin1Char('\n');
            break;
        }
    }
    return tidyLines(text);
}

QString htmlFragmentToText(const QString& html)
{
    if (!html.contains(QLatin1Char('<')) && !html.contains(QLatin1Char('&')))
        return html.trimmed();
    const QList<HtmlToken> tokens = tokenizeHtml(html);
    return tokensToText(tokens, 0, tokens.size());
}

} // namespace Kairos::Import
