// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlesupport.h"

#include "loosedate.h"

#include <QCryptographicHash>

namespace Kairos::Import {

namespace {
constexpr int MaxTitleLength = 1000;
} // namespace

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

ParsedArticle makeArticle(const ParseContext& context, const QString& format, const QByteArray& original, int itemIndex)
{
    ParsedArticle parsed;
    parsed.originalBytes = original;
    parsed.article.sha256 = sha256Hex(original);
    parsed.article.sourceFormat = format;
    ArticleOrigin origin;
    origin.bundle = context.file.bundle;
    origin.path = itemIndex >= 0 ? QStringLiteral("%1#%2").arg(context.file.path).arg(itemIndex) : context.file.path;
    parsed.article.origins.append(origin);
    return parsed;
}

void finishArticle(ParsedArticle& parsed, const ParseContext& context)
{
    Article& a = parsed.article;
    if (context.manifest) {
        if (const FileOverride* o = context.manifest->overrideFor(context.file.path)) {
            if (!o->title.isEmpty())
                a.title = o->title;
            if (!o->outlet.isEmpty())
                a.outlet = o->outlet;
            if (!o->url.isEmpty())
                a.url = o->url;
            if (!o->language.isEmpty())
                a.language = o->language;
            if (o->published) {
                a.published = o->published;
                a.publishedPrecision = o->publishedPrecision;
            }
        }
    }
    if (!a.published) {
        if (const auto date = dateFromFileName(context.file.path)) {
            a.published = date->point;
            a.publishedPrecision = date->precision;
        }
    }
    a.title = a.title.simplified();
    // A file that is one endless line must not become a megabyte-long title.
    if (a.title.size() > MaxTitleLength) {
        a.title = leftWhole(a.title, MaxTitleLength - 1) + QChar(0x2026);
        parsed.warnings << QStringLiteral("title cut to %1 characters").arg(MaxTitleLength);
    }
    if (a.title.isEmpty() && a.body.trimmed().isEmpty())
        parsed.warnings << QStringLiteral("no title and no text");
}

QString leftWhole(const QString& text, qsizetype length)
{
    if (length <= 0)
        return {};
    if (length < text.size() && text.at(length - 1).isHighSurrogate() && text.at(length).isLowSurrogate())
        --length;
    return text.left(length);
}

ParsedEvent makeSourcedEvent(const QString& title, const QString& sentence, const QString& url, const QString& label)
{
    ParsedEvent parsed;
    parsed.event.title = title.simplified();
    parsed.event.status = ReviewStatus::Confirmed;
    parsed.event.confidence = 1.0;
    Evidence evidence;
    evidence.sentence = sentence.simplified();
    evidence.sourceUrl = url;
    evidence.sourceLabel = label;
    parsed.event.evidence.append(evidence);
    parsed.evidenceArticleKeys.append(QString());
    return parsed;
}

bool setStartFromText(Event& event, const QString& text)
{
    const auto date = parseLooseDate(text);
    if (!date)
        return false;
    event.start = date->point;
    event.precision = date->precision;
    return true;
}

} // namespace Kairos::Import
