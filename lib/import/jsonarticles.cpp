// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"
#include "jsonsupport.h"
#include "loosedate.h"
#include "parsers.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Kairos::Import {

namespace {

QString firstText(const QJsonObject& o, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const QJsonValue value = o.value(QLatin1String(key));
        if (value.isObject()) {
            const QString name = jsonText(value.toObject().value(QLatin1String("name")));
            if (!name.isEmpty())
                return name;
        }
        const QString text = jsonText(value);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

} // namespace

void parseJsonArticles(const ParseContext& context, const QJsonDocument& document, ParsedFile& out)
{
    const bool list = document.isArray();
    const QJsonArray items = list ? document.array() : QJsonArray {document.object()};
    out.format = QStringLiteral("json");
    for (int i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            out.warnings << QStringLiteral("item %1 is not an object, skipped").arg(i);
            continue;
        }
        const QJsonObject o = items.at(i).toObject();
        const QByteArray itemBytes = list ? QJsonDocument(o).toJson(QJsonDocument::Compact) : context.file.bytes;
        ParsedArticle parsed = makeArticle(context, QStringLiteral("json"), itemBytes, list ? i : -1);
        Article& a = parsed.article;
        a.title = firstText(o, {"title", "headline", "name"});
        a.outlet = firstText(o, {"outlet", "source", "publisher", "site_name"});
        a.url = firstText(o, {"url", "link", "canonical_url"});
        a.language = firstText(o, {"language", "lang"});
        QString body = firstText(o, {"body", "text", "content", "articleBody"});
        if (body.contains(QLatin1Char('<')) && body.contains(QLatin1Char('>'))
            && o.value(QLatin1String("body")).isUndefined())
            body = htmlFragmentToText(body);
        a.body = body;
        const QString date = firstText(o, {"published", "datePublished", "date", "published_at", "pubDate"});
        if (const auto parsedDate = parseLooseDate(date)) {
            a.published = parsedDate->point;
            a.publishedPrecision = parsedDate->precision;
        } else if (!date.isEmpty()) {
            parsed.warnings << QStringLiteral("item %1: unreadable date \"%2\"").arg(i).arg(date.left(60));
        }
        if (a.title.isEmpty() && a.body.isEmpty()) {
            out.warnings << QStringLiteral("item %1 has neither title nor body, skipped").arg(i);
            continue;
        }
        finishArticle(parsed, context);
        out.articles.append(parsed);
    }
    if (out.articles.isEmpty() && out.error.isEmpty())
        out.error = QStringLiteral("JSON holds no articles (objects with a title or body)");
}

} // namespace Kairos::Import
