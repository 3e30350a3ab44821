// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dateresolver.h"
#include "eventdetector.h"
#include "eventmerger.h"
#include "extracttypes.h"
#include "gazetteer.h"
#include "quantityfinder.h"
#include "sentencesplitter.h"

#include <memory>

namespace Kairos::Extract {

/// Proposes sentences, dates, amounts, entities and events for one article. Configure it first
/// (createDefault, then addGazetteerFile); afterwards extract() is const and safe to call from
/// several worker threads at once.
class Extractor
{
public:
    /// Loads the rules embedded from resources/extract (English, the shipped gazetteer).
    static std::shared_ptr<Extractor> createDefault(QString* error = nullptr);
    /// Loads the rules from a folder laid out like resources/extract (for a language or a domain).
    static std::shared_ptr<Extractor> createFromDirectory(
        const QString& directory, const QString& language, QString* error);

    /// An analyst's gazetteer (JSON, same format as resources/extract/gazetteer.json).
    bool addGazetteerFile(const QString& path, QString* error);
    /// Numeric dates such as "12/08/2025" read day first (most of the world) or month first (the US).
    void setNumericDayFirst(bool dayFirst) { m_dates.setDayFirst(dayFirst); }

    ExtractionResult extract(const QString& title, const QString& body, std::optional<TimePoint> published,
        const QString& outlet = {}) const;

    const DateResolver& dateResolver() const { return m_dates; }
    const Gazetteer& gazetteer() const { return m_gazetteer; }

private:
    bool load(const QString& root, const QString& language, QString* error);
    /// The day of a "WASHINGTON, March 26 -" dateline whose place ends at comma and date at dash.
    std::optional<TimePoint> datelineDate(
        const QString& text, int comma, int dash, std::optional<TimePoint> published) const;

    SentenceSplitter m_splitter;
    DateResolver m_dates;
    QuantityFinder m_quantities;
    Gazetteer m_gazetteer;
    EventDetector m_events;
};

} // namespace Kairos::Extract
