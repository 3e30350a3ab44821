// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/timepoint.h"
#include "core/vocabulary.h"

#include <optional>

namespace Kairos {

struct EventRow;

/// Which events an export takes, with the same meaning as `kairos-cli events`: an event is kept when the
/// time it covers (its start or not-before bound to its end, start or not-after bound) reaches `from` or
/// later and begins before `to`. Undated events pass only when neither bound is set. No status: all three.
struct ExportFilter
{
    std::optional<TimePoint> from;
    std::optional<TimePoint> to;
    std::optional<ReviewStatus> status;

    bool isEmpty() const { return !from && !to && !status; }
    bool accepts(const EventRow& row) const;
};

} // namespace Kairos
