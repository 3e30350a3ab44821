// SPDX-License-Identifier: GPL-3.0-or-later
// Arbitrary bytes as a Markdown article with YAML-style front matter. Besides not crashing: the
// title limit holds, text stays valid UTF-16, and the body is one non-empty, trimmed paragraph per
// line (the sentence splitter and the evidence offsets rely on that).
#include "fuzzcheck.h"

#include "import/parsers.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Kairos::Import;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const SourceFile file {QStringLiteral("fuzz"), QStringLiteral("notes/article.md"), bytes};
    const ParseContext context {file, ImportLimits(), nullptr};
    ParsedFile out;
    parseMarkdownArticle(context, out);
    FUZZ_CHECK(out.articles.size() == 1);
    KairosFuzz::checkParsedFile(out, true);
    const Kairos::Article& a = out.articles.first().article;
    FUZZ_CHECK(!a.body.contains(QLatin1Char('\r')));
    if (!a.body.isEmpty()) {
        const QStringList lines = a.body.split(QLatin1Char('\n'));
        for (const QString& line : lines)
            FUZZ_CHECK(!line.isEmpty() && line == line.trimmed());
    }

    // The converter alone, on text that still has its carriage returns and no front matter split off.
    const QString text = QString::fromUtf8(bytes);
    const QString plain = markdownToText(text);
    FUZZ_CHECK(!plain.startsWith(QLatin1Char('\n')) && !plain.endsWith(QLatin1Char('\n')));
    FUZZ_CHECK(!plain.contains(QLatin1String("\n\n")));
    FUZZ_CHECK(plain.isValidUtf16());
    return 0;
}
