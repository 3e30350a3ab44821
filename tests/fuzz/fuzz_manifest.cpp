// SPDX-License-Identifier: GPL-3.0-or-later
// Arbitrary bytes as bundle.json: parsed on their own, then used as the manifest of a bundle in a
// sub-folder, the way the bundle walker uses them. Besides not crashing: the nesting limit holds
// for whatever is accepted, nothing nameless gets through, and moving the manifest into a folder
// and back leaves its article keys as they were.
#include "fuzzcheck.h"

#include "import/jsonsupport.h"
#include "import/manifest.h"
#include "import/parsers.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Kairos::Import;
    constexpr int nesting = 64;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    std::optional<Manifest> manifest = parseManifest(bytes, &error, nesting);
    if (!manifest) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    QString ignored;
    const QJsonDocument document = parseJson(bytes, 1 << 20, &ignored);
    FUZZ_CHECK(document.isObject());
    FUZZ_CHECK(KairosFuzz::jsonDepth(document.object()) <= nesting);

    for (const ParsedEntity& entity : std::as_const(manifest->entities)) {
        FUZZ_CHECK(!entity.name.isEmpty() && entity.name == entity.name.trimmed());
        for (const QString& alias : entity.aliases)
            FUZZ_CHECK(!alias.isEmpty());
    }
    QList<QStringList> keys;
    for (const ParsedEvent& event : std::as_const(manifest->events)) {
        FUZZ_CHECK(!event.event.title.isEmpty());
        FUZZ_CHECK(event.evidenceArticleKeys.size() == event.event.evidence.size());
        FUZZ_CHECK(event.event.confidence >= 0.0 && event.event.confidence <= 1.0);
        for (qsizetype i = 0; i < event.event.evidence.size(); ++i) {
            const Kairos::Evidence& ev = event.event.evidence.at(i);
            FUZZ_CHECK(
                !event.evidenceArticleKeys.at(i).isEmpty() || !ev.sourceUrl.isEmpty() || !ev.sourceLabel.isEmpty());
        }
        keys.append(event.evidenceArticleKeys);
    }

    const QString folder = QStringLiteral("sub/dir");
    manifest->setBasePath(folder);
    for (const ParsedEvent& event : std::as_const(manifest->events)) {
        for (const QString& key : event.evidenceArticleKeys)
            FUZZ_CHECK(key.isEmpty() || key.startsWith(folder + QLatin1Char('/')));
    }
    for (auto it = manifest->files.cbegin(); it != manifest->files.cend(); ++it)
        FUZZ_CHECK(manifest->overrideFor(folder + QLatin1Char('/') + it.key()) == &it.value());

    // An article the manifest describes takes the manifest's metadata, within the title limit.
    const QByteArray article("Title from the file\n\nBody text.");
    int checked = 0;
    for (auto it = manifest->files.cbegin(); it != manifest->files.cend() && checked < 8; ++it, ++checked) {
        const SourceFile file {QStringLiteral("fuzz"), folder + QLatin1Char('/') + it.key(), article};
        const ParseContext context {file, ImportLimits(), &*manifest};
        ParsedFile out;
        parseTextArticle(context, out);
        FUZZ_CHECK(out.articles.size() == 1);
        KairosFuzz::checkArticle(out.articles.first(), false);
        const Kairos::Article& a = out.articles.first().article;
        if (!it->title.simplified().isEmpty() && it->title.simplified().size() <= KairosFuzz::MaxTitleLength)
            FUZZ_CHECK(a.title == it->title.simplified());
        if (it->published)
            FUZZ_CHECK(a.published == it->published);
    }

    manifest->setBasePath(QString());
    qsizetype e = 0;
    for (const ParsedEvent& event : std::as_const(manifest->events))
        FUZZ_CHECK(event.evidenceArticleKeys == keys.at(e++));

    // The same bytes found as bundle.json inside a bundle's folder.
    const SourceFile file {QStringLiteral("fuzz"), folder + QStringLiteral("/bundle.json"), bytes};
    ImportLimits limits;
    limits.maxJsonNesting = nesting;
    const ParsedFile parsed = parseFile(file, limits);
    if (bytes.left(8192).contains('\0') && !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF")) {
        // Detection turns away NUL bytes as a binary file before any parser sees them.
        FUZZ_CHECK(!parsed.error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(parsed.format == QLatin1String("manifest"));
    FUZZ_CHECK(parsed.manifest && parsed.manifest->basePath == folder);
    FUZZ_CHECK(parsed.events.size() == manifest->events.size());
    KairosFuzz::checkParsedFile(parsed, false);
    return 0;
}
