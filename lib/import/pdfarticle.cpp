// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"
#include "parsers.h"

#include <poppler-qt6.h>

namespace Kairos::Import {

namespace {
// Page text beyond this is not an article but a book or a report; stop instead of stalling the import.
constexpr int MaxPages = 2000;
} // namespace

void parsePdfArticle(const ParseContext& context, ParsedFile& out)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(context.file.bytes);
    if (!document) {
        out.error = QStringLiteral("not a readable PDF (damaged or not a PDF)");
        return;
    }
    if (document->isLocked()) {
        out.error = QStringLiteral("PDF is password-protected");
        return;
    }
    ParsedArticle parsed = makeArticle(context, QStringLiteral("pdf"), context.file.bytes);
    Article& a = parsed.article;
    a.title = document->info(QStringLiteral("Title")).simplified();
    const QDateTime created = document->creationDate();
    if (created.isValid()) {
        a.published = TimePoint::fromDateTime(created);
        a.publishedPrecision = DatePrecision::Minute;
    }
    QStringList pages;
    const int count = document->numPages();
    if (count > MaxPages)
        parsed.warnings << QStringLiteral("only the first %1 of %2 pages were read").arg(MaxPages).arg(count);
    for (int i = 0; i < qMin(count, MaxPages); ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        if (page)
            pages << page->text(QRectF());
    }
    // PDF text comes as wrapped lines; keep them, drop the empty ones.
    a.body = tidyLines(pages.join(QLatin1Char('\n')));
    if (a.title.isEmpty())
        a.title = a.body.section(QLatin1Char('\n'), 0, 0);
    if (a.body.isEmpty())
        parsed.warnings << QStringLiteral("the PDF has no extractable text (scanned images?)");
    finishArticle(parsed, context);
    out.articles.append(parsed);
}

} // namespace Kairos::Import
