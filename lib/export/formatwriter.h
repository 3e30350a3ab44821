// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportcontext.h"

#include <QIODevice>

namespace Kairos {

/// Writes one export format event by event, so that a large timeline never sits in memory as one document.
/// begin() and finish() frame the events; the device is the exporter's QSaveFile.
class FormatWriter
{
public:
    /// WrittenAtBound: the event has no date, only a bound ("by 8 December"), and was placed at it.
    enum class Outcome { Written, WrittenAtBound, Undated, OutOfRange };

    explicit FormatWriter(ExportContext& context)
        : m_context(context)
    { }
    virtual ~FormatWriter() = default;
    FormatWriter(const FormatWriter&) = delete;
    FormatWriter& operator=(const FormatWriter&) = delete;

    virtual void begin(QIODevice& out) { m_out = &out; }
    virtual Outcome write(const Event& event) = 0;
    virtual void finish() { }

protected:
    void put(const QByteArray& bytes) { m_out->write(bytes); }
    void put(const QString& text) { m_out->write(text.toUtf8()); }

    ExportContext& m_context;
    QIODevice* m_out = nullptr;
};

/// The finest precision TimelineJS and vis-timeline can say of a date: they know years, months, days and
/// times. A week becomes the day it starts, a quarter its first month, an approximate date its year.
DatePrecision interchangePrecision(DatePrecision precision);

/// Where a chart-like format (TimelineJS, vis-timeline) places an undated event that has a bound: at its
/// anchor, as the Kairos chart does, known to the day. Empty without any bound.
std::optional<TimePoint> boundAnchor(const Event& event);
/// How the bounds of an undated event read: "no later than 2025-12-12", "between … and …".
QString boundsText(const Event& event);

/// Escapes text for HTML element content and attribute values (& < > " ').
QString escapeHtml(const QString& text);

} // namespace Kairos
