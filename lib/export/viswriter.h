// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formatwriter.h"

#include <QSet>

namespace Kairos {

/// vis-timeline DataSet JSON: {"items": [...], "groups": [...]}, ready for `new vis.DataSet(data.items)`.
/// Items carry id, content (the escaped title), start, end, group (the event type), type "point" or
/// "range" and title (the tooltip: date and evidence as escaped HTML); groups carry id and content (the
/// type's label). Dates are ISO text truncated to the precision. Undated events are skipped.
class VisWriter : public FormatWriter
{
public:
    using FormatWriter::FormatWriter;

    void begin(QIODevice& out) override;
    Outcome write(const Event& event) override;
    void finish() override;

    /// ISO text for a vis-timeline start or end: "2025", "2025-12", "2025-12-08" or a UTC date-time.
    static QString dateText(const TimePoint& point, DatePrecision precision);

private:
    QString tooltip(const Event& event);

    int m_count = 0;
    QSet<QString> m_types;
};

} // namespace Kairos
