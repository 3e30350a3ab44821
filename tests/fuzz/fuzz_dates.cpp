// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for the date-expression resolver and the sentence and quantity scanners behind it.
// The first two bytes pick a publication date (or none); the rest is UTF-8 text. Beyond not
// crashing, every expression must lie inside the text and every resolved period must be ordered.
#include "extract/dateresolver.h"
#include "extract/extractor.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Kairos;
    using namespace Kairos::Extract;
    static const std::shared_ptr<const DateResolver> resolver = DateResolver::createDefault();
    static const std::shared_ptr<const Extractor> extractor = Extractor::createDefault();
    if (!resolver || !extractor)
        std::abort();
    if (size < 2)
        return 0;
    std::optional<TimePoint> published;
    const int day = data[0] | (data[1] << 8);
    if (day != 0xFFFF)
        published = TimePoint::fromDate(1900 + day / 366 % 200, 1, 1).addDays(day % 366);
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2));

    for (const DateExpression& e : resolver->find(text, published)) {
        if (e.begin < 0 || e.end > text.size() || e.begin >= e.end)
            std::abort();
        if (e.start && (!e.periodEnd || *e.periodEnd <= *e.start))
            std::abort();
        if (!e.start && e.precision != DatePrecision::Unknown)
            std::abort();
    }
    const ExtractionResult r = extractor->extract(QString(), text, published);
    for (const Sentence& s : r.sentences) {
        if (s.begin < 0 || s.end > text.size() || s.begin >= s.end)
            std::abort();
    }
    for (const ExtractedEvent& e : r.events) {
        const Evidence& ev = e.event.evidence.first();
        if (ev.begin < 0 || ev.end > text.size() || ev.sentence != text.mid(ev.begin, ev.end - ev.begin))
            std::abort();
    }
    return 0;
}
