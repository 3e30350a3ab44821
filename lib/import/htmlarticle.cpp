// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"
#include "jsonsupport.h"
#include "loosedate.h"
#include "parsers.h"
#include "textdecoding.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Kairos::Import {

namespace {

struct HtmlMeta
{
    QString title;
    QString ogTitle;
    QString siteName;
    QString url;
    QString language;
    QString published;
    QString timeDatetime;
    QString jsonLdTitle;
    QString jsonLdPublished;
    QString jsonLdPublisher;
};

/// Finds NewsArticle-like fields anywhere in a JSON-LD value (objects, arrays, @graph).
void scanJsonLd(const QJsonValue& value, HtmlMeta& meta, int depth = 0)
{
    if (depth > 16)
        return;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array)
            scanJsonLd(item, meta, depth + 1);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject o = value.toObject();
    if (meta.jsonLdPublished.isEmpty())
        meta.jsonLdPublished = jsonText(o.value(QLatin1String("datePublished")));
    if (meta.jsonLdTitle.isEmpty())
        meta.jsonLdTitle = jsonText(o.value(QLatin1String("headline")));
    if (meta.jsonLdPublisher.isEmpty())
        meta.jsonLdPublisher = jsonText(o.value(QLatin1String("publisher")).toObject().value(QLatin1String("name")));
    scanJsonLd(o.value(QLatin1String("@graph")), meta, depth + 1);
}

HtmlMeta collectMeta(const QList<HtmlToken>& tokens, int maxJsonNesting)
{
    HtmlMeta meta;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const HtmlToken& t = tokens.at(i);
        if (t.kind != HtmlToken::StartTag)
            continue;
        if (t.name == QLatin1String("html")) {
            meta.language = t.attribute(QStringLiteral("lang"));
        } else if (t.name == QLatin1String("title") && meta.title.isEmpty() && i + 1 < tokens.size()
            && tokens.at(i + 1).kind == HtmlToken::Text) {
            meta.title = tokens.at(i + 1).text.simplified();
        } else if (t.name == QLatin1String("meta")) {
            const QString key = (t.attribute(QStringLiteral("property")) + t.attribute(QStringLiteral("name"))
                + t.attribute(QStringLiteral("itemprop")))
                                    .toLower();
            const QString content = t.attribute(QStringLiteral("content")).trimmed();
            if (content.isEmpty())
                continue;
            if (key == QLatin1String("og:title") && meta.ogTitle.isEmpty())
                meta.ogTitle = content;
            else if (key == QLatin1String("og:site_name") && meta.siteName.isEmpty())
                meta.siteName = content;
            else if (key == QLatin1String("og:url") && meta.url.isEmpty())
                meta.url = content;
            else if ((key == QLatin1String("article:published_time") || key == QLatin1String("datepublished")
                         || key == QLatin1String("pubdate") || key == QLatin1String("publishdate")
                         || key == QLatin1String("date") || key == QLatin1String("dc.date.issued")
                         || key == QLatin1String("dc.date"))
                && meta.published.isEmpty())
                meta.published = content;
        } else if (t.name == QLatin1String("link")
            && t.attribute(QStringLiteral("rel")).toLower() == QLatin1String("canonical") && meta.url.isEmpty()) {
            meta.url = t.attribute(QStringLiteral("href")).trimmed();
        } else if (t.name == QLatin1String("time") && meta.timeDatetime.isEmpty()) {
            meta.timeDatetime = t.attribute(QStringLiteral("datetime")).trimmed();
        } else if (t.name == QLatin1String("script")
            && t.attribute(QStringLiteral("type")).toLower() == QLatin1String("application/ld+json")
            && i + 1 < tokens.size() && tokens.at(i + 1).kind == HtmlToken::Text) {
            QString ignored;
            const QJsonDocument doc = parseJson(tokens.at(i + 1).text.toUtf8(), maxJsonNesting, &ignored);
            scanJsonLd(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), meta);
        }
    }
    return meta;
}

/// The story's token range: the <article> with the most text, else <main>, else an element marked
/// articleBody, else <body>, else the whole page.
QPair<qsizetype, qsizetype> contentRange(const QList<HtmlToken>& tokens)
{
    for (const char* wanted : {"article", "main"}) {
        QPair<qsizetype, qsizetype> best {-1, -1};
        qsizetype bestLength = 0;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const HtmlToken& t = tokens.at(i);
            if (t.kind != HtmlToken::StartTag || t.name != QLatin1String(wanted))
                continue;
            const qsizetype end = matchingEnd(tokens, i);
            const qsizetype length = tokensToText(tokens, i + 1, end).size();
            if (length > bestLength) {
                bestLength = length;
                best = {i + 1, end};
            }
            i = end;
        }
        if (bestLength > 0)
            return best;
    }
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const HtmlToken& t = tokens.at(i);
        if (t.kind == HtmlToken::StartTag && t.attribute(QStringLiteral("itemprop")) == QLatin1String("articleBody"))
            return {i + 1, matchingEnd(tokens, i)};
    }
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens.at(i).kind == HtmlToken::StartTag && tokens.at(i).name == QLatin1String("body"))
            return {i + 1, matchingEnd(tokens, i)};
    }
    return {0, tokens.size()};
}

} // namespace

void parseHtmlArticle(const ParseContext& context, ParsedFile& out)
{
    ParsedArticle parsed = makeArticle(context, QStringLiteral("html"), context.file.bytes);
    const QString html = decodeText(context.file.bytes, sniffHtmlCharset(context.file.bytes), &parsed.warnings);
    const QList<HtmlToken> tokens = tokenizeHtml(html);
    const HtmlMeta meta = collectMeta(tokens, context.limits.maxJsonNesting);
    Article& a = parsed.article;
    a.title = !meta.ogTitle.isEmpty() ? meta.ogTitle : !meta.jsonLdTitle.isEmpty() ? meta.jsonLdTitle : meta.title;
    a.outlet = !meta.siteName.isEmpty() ? meta.siteName : meta.jsonLdPublisher;
    a.url = meta.url;
    a.language = meta.language.section(QLatin1Char('-'), 0, 0).toLower();
    for (const QString& candidate : {meta.published, meta.jsonLdPublished, meta.timeDatetime}) {
        if (const auto date = parseLooseDate(candidate)) {
            a.published = date->point;
            a.publishedPrecision = date->precision;
            break;
        }
    }
    const auto range = contentRange(tokens);
    a.body = tokensToText(tokens, range.first, range.second);
    // A headline repeated as the body's first line is noise for sentence offsets.
    if (!a.title.isEmpty() && a.body.startsWith(a.title + QLatin1Char('\n')))
        a.body = a.body.mid(a.title.size() + 1);
    finishArticle(parsed, context);
    out.articles.append(parsed);
}

} // namespace Kairos::Import
