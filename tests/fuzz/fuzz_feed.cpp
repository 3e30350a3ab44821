// SPDX-License-Identifier: GPL-3.0-or-later
// Arbitrary bytes as an RSS or Atom feed. Besides not crashing (the XML depth cap keeps hostile
// nesting harmless): items come out in order as "path#index" articles, each within the title limit,
// and a feed either yields items or says why not.
#include "fuzzcheck.h"

#include "import/parsers.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Kairos::Import;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const SourceFile file {QStringLiteral("fuzz"), QStringLiteral("feeds/news.xml"), bytes};
    const ParseContext context {file, ImportLimits(), nullptr};
    ParsedFile out;
    parseFeed(context, out);
    FUZZ_CHECK(out.format == QLatin1String("rss") || out.format == QLatin1String("atom"));
    FUZZ_CHECK(out.error.isEmpty() || out.articles.isEmpty());
    KairosFuzz::checkParsedFile(out, true);
    // Items are disjoint parts of the file, so their original bytes add up to no more than the file, re-encoded
    // as UTF-8 (at most three bytes for each byte of a single-byte charset).
    qsizetype originals = 0;
    for (const ParsedArticle& article : std::as_const(out.articles))
        originals += article.originalBytes.size();
    FUZZ_CHECK(originals <= 3 * bytes.size() + 16);
    for (qsizetype i = 0; i < out.articles.size(); ++i) {
        const Kairos::Article& a = out.articles.at(i).article;
        FUZZ_CHECK(a.origins.first().path == QStringLiteral("feeds/news.xml#%1").arg(i));
        FUZZ_CHECK(a.sourceFormat == out.format);
        FUZZ_CHECK(KairosFuzz::isSimplified(a.outlet));
    }
    return 0;
}
