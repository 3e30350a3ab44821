// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfilter.h"

#include "store/eventrow.h"

namespace Kairos {

bool ExportFilter::accepts(const EventRow& row) const
{
    if (status && row.status != *status)
        return false;
    const std::optional<TimePoint> first = row.start ? row.start : row.notBefore;
    const std::optional<TimePoint> last = row.end ? row.end : (row.start ? row.start : row.notAfter);
    if (from && (!last || *last < *from))
        return false;
    return !to || (first && *first < *to);
}

} // namespace Kairos
