// SPDX-License-Identifier: GPL-3.0-or-later
// Arbitrary bytes as a timeline interchange file: TimelineJS 3 and 2 JSON and vis-timeline items.
// Every parser gets every document that parses as JSON, whatever detection would have picked, since
// each must cope with any shape. Besides not crashing: each event is dated with a known precision,
// cites exactly one source, and its date survives the trip through ISO text.
#include "fuzzcheck.h"

#include "import/jsonsupport.h"
#include "import/parsers.h"

#include <cstdint>

namespace {

void checkTimeline(const Kairos::Import::ParsedFile& out)
{
    KairosFuzz::checkParsedFile(out, false);
    FUZZ_CHECK(out.events.isEmpty() != out.error.isEmpty());
    for (const Kairos::Import::ParsedEvent& parsed : out.events) {
        FUZZ_CHECK(parsed.event.start.has_value());
        FUZZ_CHECK(parsed.event.precision != Kairos::DatePrecision::Unknown);
        FUZZ_CHECK(parsed.event.evidence.size() == 1);
        FUZZ_CHECK(parsed.event.status == Kairos::ReviewStatus::Confirmed);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Kairos::Import;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const SourceFile file {QStringLiteral("fuzz"), QStringLiteral("timeline.json"), bytes};
    ImportLimits limits;
    limits.maxJsonNesting = 64;
    const ParseContext context {file, limits, nullptr};
    QString error;
    const QJsonDocument document = parseJson(bytes, limits.maxJsonNesting, &error);
    if (document.isNull()) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(KairosFuzz::jsonDepth(document.isArray() ? QJsonValue(document.array()) : document.object())
        <= limits.maxJsonNesting);
    if (document.isObject()) {
        const QJsonObject root = document.object();
        ParsedFile v3;
        parseTimelineJs3(context, root, v3);
        checkTimeline(v3);
        ParsedFile v2;
        parseTimelineJs2(context, root, v2);
        checkTimeline(v2);
        ParsedFile vis;
        parseVisItems(context, root.value(QLatin1String("items")).toArray(), vis);
        checkTimeline(vis);
    } else {
        ParsedFile vis;
        parseVisItems(context, document.array(), vis);
        checkTimeline(vis);
    }
    // Through detection, as a dropped file would go.
    const ParsedFile detected = parseFile(file, limits);
    KairosFuzz::checkParsedFile(detected, false);
    return 0;
}
