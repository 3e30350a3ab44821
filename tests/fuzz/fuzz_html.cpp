// SPDX-License-Identifier: GPL-3.0-or-later
// Arbitrary bytes as a saved news page: the article parser, the tokenizer under it and the fragment
// converter the feed and timeline parsers use. Besides not crashing: text stays valid UTF-16 (the
// decoder replaces bad bytes, so a lone surrogate would be the parser's own), extracted text has one
// tidy paragraph per line, and every start tag's matching end lies after it.
#include "fuzzcheck.h"

#include "import/htmltext.h"
#include "import/parsers.h"
#include "import/textdecoding.h"

#include <cstdint>

namespace {

void checkTidy(const QString& text)
{
    FUZZ_CHECK(text.isValidUtf16());
    if (text.isEmpty())
        return;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines)
        FUZZ_CHECK(!line.isEmpty() && KairosFuzz::isSimplified(line));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Kairos::Import;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const SourceFile file {QStringLiteral("fuzz"), QStringLiteral("2025-12-08-page.html"), bytes};
    ImportLimits limits;
    limits.maxJsonNesting = 64;
    const ParseContext context {file, limits, nullptr};
    ParsedFile out;
    parseHtmlArticle(context, out);
    FUZZ_CHECK(out.articles.size() == 1);
    KairosFuzz::checkParsedFile(out, true);
    const Kairos::Article& a = out.articles.first().article;
    checkTidy(a.body);
    // The file name carries a date, so every page ends up dated.
    FUZZ_CHECK(a.published.has_value());

    const QString html = decodeText(bytes, sniffHtmlCharset(bytes));
    FUZZ_CHECK(html.isValidUtf16());
    const QList<HtmlToken> tokens = tokenizeHtml(html);
    int starts = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const HtmlToken& t = tokens.at(i);
        FUZZ_CHECK(t.text.isValidUtf16());
        if (t.kind != HtmlToken::StartTag && t.kind != HtmlToken::EndTag)
            continue;
        FUZZ_CHECK(!t.name.isEmpty() && t.name == t.name.toLower());
        FUZZ_CHECK(t.attributes.size() <= 64);
        // matchingEnd walks to the end of the page; a few tags are enough to check it.
        if (t.kind == HtmlToken::StartTag && ++starts <= 32) {
            const qsizetype end = matchingEnd(tokens, i);
            FUZZ_CHECK(end > i && end <= tokens.size());
        }
    }
    checkTidy(tokensToText(tokens, 0, tokens.size()));
    // Text without markup passes through as written; only markup is turned into tidy lines.
    const QString fragment = htmlFragmentToText(html);
    if (html.contains(QLatin1Char('<')) || html.contains(QLatin1Char('&')))
        checkTidy(fragment);
    else
        FUZZ_CHECK(fragment == html.trimmed());
    FUZZ_CHECK(decodeHtmlEntities(html).isValidUtf16());
    return 0;
}
