// SPDX-License-Identifier: GPL-3.0-or-later
// Invariants the fuzz targets share. A broken invariant aborts, which libFuzzer records like a
// crash (with the input that caused it) and which fails the replay tests of the ordinary build.
#pragma once

#include "import/parsefile.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "fuzz invariant broken: %s (%s:%d)\n", #condition, __FILE__, __LINE__);               \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace KairosFuzz {

/// The importer caps titles so that a file of one endless line cannot become a megabyte-long title.
constexpr qsizetype MaxTitleLength = 1000;

inline bool isSimplified(const QString& text)
{
    return text == text.simplified();
}

/// Nesting depth of a JSON value, counted the way the import limit counts brackets.
inline int jsonDepth(const QJsonValue& value)
{
    int deepest = 0;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array)
            deepest = qMax(deepest, jsonDepth(item));
        return deepest + 1;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            deepest = qMax(deepest, jsonDepth(it.value()));
        return deepest + 1;
    }
    return 0;
}

/// What every article the importer hands to the store must satisfy, whatever the input was.
/// `validText`: the parser's text came through a decoder, so lone surrogates can only be the parser's own doing.
inline void checkArticle(const Kairos::Import::ParsedArticle& parsed, bool validText)
{
    const Kairos::Article& a = parsed.article;
    FUZZ_CHECK(a.title.size() <= MaxTitleLength);
    FUZZ_CHECK(isSimplified(a.title));
    FUZZ_CHECK(a.sha256.size() == 64);
    FUZZ_CHECK(a.origins.size() == 1);
    FUZZ_CHECK(!a.sourceFormat.isEmpty());
    FUZZ_CHECK(!a.published || a.publishedPrecision != Kairos::DatePrecision::Unknown);
    if (validText) {
        FUZZ_CHECK(a.title.isValidUtf16());
        FUZZ_CHECK(a.body.isValidUtf16());
    }
}

/// What every event read from a file must satisfy: one article key per evidence entry (the store pairs them
/// by index), a clean title and a confidence the chart can draw. Curated events (a manifest's) keep their
/// titles as the analyst wrote them, so that an exported bundle reads back unchanged; they are only trimmed.
inline void checkEvent(const Kairos::Import::ParsedEvent& parsed, bool curated = false)
{
    const Kairos::Event& e = parsed.event;
    FUZZ_CHECK(parsed.evidenceArticleKeys.size() == e.evidence.size());
    FUZZ_CHECK(curated ? e.title == e.title.trimmed() : isSimplified(e.title));
    FUZZ_CHECK(e.confidence >= 0.0 && e.confidence <= 1.0);
    for (const auto& role : parsed.entityRoles)
        FUZZ_CHECK(!role.first.isEmpty());
    if (e.start) {
        // Dates must survive the trip through ISO text that the exporters make.
        const Kairos::TimePoint::Civil c = e.start->civil();
        FUZZ_CHECK(Kairos::TimePoint::fromDate(c.year, c.month, c.day, c.hour, c.minute, c.second) == *e.start);
        FUZZ_CHECK(!e.start->toIsoString(e.precision).isEmpty());
    }
}

inline void checkParsedFile(const Kairos::Import::ParsedFile& out, bool validText)
{
    for (const Kairos::Import::ParsedArticle& article : out.articles)
        checkArticle(article, validText);
    for (const Kairos::Import::ParsedEvent& event : out.events)
        checkEvent(event, out.manifest.has_value());
    for (const Kairos::Import::ParsedEntity& entity : out.entities)
        FUZZ_CHECK(!entity.name.isEmpty());
}

} // namespace KairosFuzz
