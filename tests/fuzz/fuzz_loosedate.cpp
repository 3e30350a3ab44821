// SPDX-License-Identifier: GPL-3.0-or-later
// Arbitrary text as a publication date the way feeds, pages, front matter and GDELT write them, and
// as an ISO date as manifests and the query bar write them. Besides not crashing: whatever is read
// prints back as ISO text that reads back to the same moment at the same precision.
#include "fuzzcheck.h"

#include "import/loosedate.h"

#include <QRegularExpression>

#include <cstdint>

namespace {

void checkRoundTrip(Kairos::TimePoint point, Kairos::DatePrecision precision)
{
    using Kairos::DatePrecision;
    FUZZ_CHECK(precision != DatePrecision::Unknown && precision != DatePrecision::Approximate);
    const QString iso = point.toIsoString(precision);
    DatePrecision again = DatePrecision::Unknown;
    const std::optional<Kairos::TimePoint> back = Kairos::TimePoint::parseIso(iso, &again);
    FUZZ_CHECK(back.has_value());
    FUZZ_CHECK(again == precision);
    FUZZ_CHECK(*back == point.floor(precision == DatePrecision::Minute ? DatePrecision::Unknown : precision));
    FUZZ_CHECK(point.floor(precision) <= point && point < point.periodEnd(precision));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Kairos::Import;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const std::optional<LooseDate> loose = parseLooseDate(text);
    if (loose)
        checkRoundTrip(loose->point, loose->precision);
    // ISO text means what the ISO parser says, at its precision; only GDELT's all-digit dates read otherwise.
    static const QRegularExpression compact(QStringLiteral("^\\d{8}(?:\\d{6})?$"));
    Kairos::DatePrecision isoPrecision = Kairos::DatePrecision::Unknown;
    const QString trimmed = text.trimmed().left(200);
    if (const auto iso = Kairos::TimePoint::parseIso(trimmed, &isoPrecision);
        iso && !compact.match(trimmed).hasMatch()) {
        FUZZ_CHECK(loose && loose->point == *iso);
        FUZZ_CHECK(loose->precision == isoPrecision);
    }
    if (const auto date = dateFromFileName(text))
        FUZZ_CHECK(date->precision == Kairos::DatePrecision::Day);
    if (const auto date = dateFromText(text))
        checkRoundTrip(date->point, date->precision);
    Kairos::DatePrecision precision = Kairos::DatePrecision::Unknown;
    if (const auto point = Kairos::TimePoint::parseIso(text, &precision))
        checkRoundTrip(*point, precision);
    return 0;
}
