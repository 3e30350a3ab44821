// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltokenizer.h"
#include "loosedate.h"
#include "parsers.h"
#include "textdecoding.h"

#include <QRegularExpression>

namespace Kairos::Import {

namespace {

QString element(const QString& story, const QString& name)
{
    const QString open = QLatin1Char('<') + name + QLatin1Char('>');
    const qsizetype begin = story.indexOf(open);
    if (begin < 0)
        return {};
    const qsizetype end = story.indexOf(QLatin1String("</") + name + QLatin1Char('>'), begin);
    const qsizetype from = begin + open.size();
    return story.mid(from, (end < 0 ? story.size() : end) - from);
}

} // namespace

void parseReutersSgml(const ParseContext& context, ParsedFile& out)
{
    const QString text = decodeText(context.file.bytes, QStringLiteral("windows-1252"), &out.warnings);
    static const QRegularExpression signOff(QStringLiteral("\\s*Reut(?:er|ers)?\\s*$"));
    qsizetype pos = 0;
    int index = 0;
    int withoutBody = 0;
    while (true) {
        const qsizetype begin = text.indexOf(QLatin1String("<REUTERS"), pos);
        if (begin < 0)
            break;
        qsizetype end = text.indexOf(QLatin1String("</REUTERS>"), begin);
        if (end < 0) {
            out.warnings << QStringLiteral("the last story is not closed (file truncated?)");
            end = text.size();
        }
        const QString story = text.mid(begin, end - begin);
        pos = end;
        const int item = index++;
        const QString rawBody = element(story, QStringLiteral("BODY"));
        if (rawBody.trimmed().isEmpty()) {
            ++withoutBody;
            continue;
        }
        const QByteArray storyBytes = story.toUtf8();
        ParsedArticle parsed = makeArticle(context, QStringLiteral("reuters-sgml"), storyBytes, item);
        Article& a = parsed.article;
        a.title = decodeHtmlEntities(element(story, QStringLiteral("TITLE"))).simplified();
        a.outlet = QStringLiteral("Reuters");
        a.language = QStringLiteral("en");
        QString body = decodeHtmlEntities(rawBody);
        body.remove(QRegularExpression(QStringLiteral("[\\x00-\\x08\\x0B-\\x1F\\x7F]")));
        body.remove(signOff);
        a.body = body.trimmed();
        const QString date = decodeHtmlEntities(element(story, QStringLiteral("DATE")));
        if (const auto parsedDate = parseLooseDate(date)) {
            a.published = parsedDate->point;
            a.publishedPrecision = parsedDate->precision;
        } else {
            parsed.warnings
                << QStringLiteral("story %1: unreadable date \"%2\"").arg(item).arg(date.simplified().left(40));
        }
        finishArticle(parsed, context);
        out.articles.append(parsed);
    }
    if (index == 0)
        out.error = QStringLiteral("no <REUTERS> stories found");
    else if (withoutBody > 0)
        out.warnings << QStringLiteral("%1 stories without a body (briefs) were skipped").arg(withoutBody);
}

} // namespace Kairos::Import
