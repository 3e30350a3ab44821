// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formatwriter.h"

#include <QJsonObject>

namespace Kairos {

/// TimelineJS 3 JSON: one slide per dated event (start_date/end_date with the date parts as strings, down
/// to the precision; text.headline and text.text as escaped HTML; group = the event type's label;
/// unique_id) and a title slide. Undated events have no place on a TimelineJS timeline and are skipped.
class TimelineJsWriter : public FormatWriter
{
public:
    using FormatWriter::FormatWriter;

    void begin(QIODevice& out) override;
    Outcome write(const Event& event) override;
    void finish() override;

    /// A TimelineJS date object for a point known to the given precision.
    static QJsonObject dateObject(const TimePoint& point, DatePrecision precision);

private:
    QString slideText(const Event& event);

    int m_count = 0;
    std::optional<TimePoint> m_first;
    std::optional<TimePoint> m_last;
};

} // namespace Kairos
