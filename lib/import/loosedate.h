// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/timepoint.h"

#include <QString>

#include <optional>

namespace Kairos::Import {

struct LooseDate
{
    TimePoint point;
    DatePrecision precision = DatePrecision::Unknown;
};

/// Publication dates as publishers write them in metadata: ISO 8601, RFC 822/2822 (feeds),
/// "26-MAR-1987 17:13:44.00" (Reuters, trailing noise allowed), "December 12, 2025", "12 Dec 2025",
/// "20150218" and Unix seconds are not guessed. Returns nothing for anything else.
std::optional<LooseDate> parseLooseDate(const QString& text);

/// A date at the start of a file name: "2025-12-12-nvidia.txt", "20251212_x.md".
std::optional<LooseDate> dateFromFileName(const QString& fileName);

/// The first explicit full date (ISO or "Month D, YYYY") in the first lines of a text.
std::optional<LooseDate> dateFromText(const QString& text);

} // namespace Kairos::Import
