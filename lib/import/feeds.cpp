// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"
#include "loosedate.h"
#include "parsers.h"
#include "textdecoding.h"

#include <QXmlStreamReader>

namespace Kairos::Import {

namespace {

struct FeedItem
{
    QString title, link, date, summary, content, author;
    qint64 begin = 0;
    qint64 end = 0;
};

} // namespace

void parseFeed(const ParseContext& context, ParsedFile& out)
{
    QStringList warnings;
    const QString text = decodeText(context.file.bytes, sniffXmlEncoding(context.file.bytes), &warnings);
    out.warnings << warnings;
    QXmlStreamReader xml(text);
    QString channelTitle;
    QString feedLanguage;
    QList<FeedItem> items;
    FeedItem* current = nullptr;
    bool atom = false;
    int depth = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (++depth > 256) {
                xml.raiseError(QStringLiteral("XML nested too deeply"));
                break;
            }
            const QString name = xml.name().toString().toLower();
            if (depth == 1)
                atom = name == QLatin1String("feed");
            // Items do not nest. One inside another is read as an unknown child of the outer one: as items of
            // their own, every unclosed one kept the whole rest of the file as its original bytes, so 250 of
            // them made a 4 MB feed take a gigabyte (found with the feed fuzz target and larger inputs).
            if ((name == QLatin1String("item") || name == QLatin1String("entry")) && !current) {
                items.append(FeedItem());
                current = &items.last();
                current->begin = xml.characterOffset();
                continue;
            }
            if (name == QLatin1String("link") && current && atom) {
                const QString rel = xml.attributes().value(QLatin1String("rel")).toString();
                if (rel.isEmpty() || rel == QLatin1String("alternate"))
                    current->link = xml.attributes().value(QLatin1String("href")).toString();
                continue;
            }
            if (name == QLatin1String("language") && !current) {
                feedLanguage = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                --depth;
                continue;
            }
            if (!current) {
                if (name == QLatin1String("title") && channelTitle.isEmpty()) {
                    channelTitle = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                    --depth;
                }
                continue;
            }
            const QString value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            --depth;
            if (name == QLatin1String("title"))
                current->title = htmlFragmentToText(value).simplified();
            else if (name == QLatin1String("link") && current->link.isEmpty())
                current->link = value.trimmed();
            else if (name == QLatin1String("pubdate") || name == QLatin1String("published")
                || (name == QLatin1String("updated") && current->date.isEmpty())
                || (name == QLatin1String("date") && current->date.isEmpty()))
                current->date = value.trimmed();
            else if (name == QLatin1String("description") || name == QLatin1String("summary"))
                current->summary = value;
            else if (name == QLatin1String("encoded") || name == QLatin1String("content"))
                current->content = value;
            else if ((name == QLatin1String("author") || name == QLatin1String("creator")) && current->author.isEmpty())
                current->author = value.simplified();
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
            const QString name = xml.name().toString().toLower();
            if (current && (name == QLatin1String("item") || name == QLatin1String("entry"))) {
                current->end = xml.characterOffset();
                current = nullptr;
            }
        }
    }
    out.format = atom ? QStringLiteral("atom") : QStringLiteral("rss");
    for (int i = 0; i < items.size(); ++i) {
        const FeedItem& item = items.at(i);
        const QByteArray itemBytes
            = text.mid(item.begin, qMax<qint64>(0, (item.end ? item.end : text.size()) - item.begin)).toUtf8();
        ParsedArticle parsed = makeArticle(context, out.format, itemBytes, i);
        Article& a = parsed.article;
        a.title = item.title;
        a.url = item.link;
        a.outlet = channelTitle;
        a.language = feedLanguage.section(QLatin1Char('-'), 0, 0).toLower();
        a.body = htmlFragmentToText(item.content.isEmpty() ? item.summary : item.content);
        if (const auto date = parseLooseDate(item.date)) {
            a.published = date->point;
            a.publishedPrecision = date->precision;
        } else if (!item.date.isEmpty()) {
            parsed.warnings << QStringLiteral("item %1: unreadable date \"%2\"").arg(i).arg(item.date.left(60));
        }
        if (item.end == 0)
            parsed.warnings << QStringLiteral("item %1 is cut off by an XML error").arg(i);
        finishArticle(parsed, context);
        out.articles.append(parsed);
    }
    if (xml.hasError()) {
        const QString reason = QStringLiteral("XML error at line %1, column %2: %3")
                                   .arg(xml.lineNumber())
                                   .arg(xml.columnNumber())
                                   .arg(xml.errorString());
        if (items.isEmpty())
            out.error = reason;
        else
            out.warnings << reason + QStringLiteral(" (the %1 items before it were read)").arg(items.size());
    }
}

} // namespace Kairos::Import
