// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extracttypes.h"
#include "wordset.h"

#include <QJsonObject>

namespace Kairos::Extract {

/// Splits an article body into sentences with their character ranges. Knows titles ("Dr."),
/// initialisms ("U.S."), month abbreviations ("Jan. 5"), decimals and closing quotes, and treats
/// hard-wrapped wire copy (lines of ~65 columns) differently from one-paragraph-per-line text.
class SentenceSplitter
{
public:
    bool load(const QJsonObject& rules, QString* error);
    QList<Sentence> split(const QString& text) const;
    /// Whether the text is wire copy wrapped at a fixed width (a line break is then a space).
    static bool hardWrapped(const QString& text);

private:
    bool isBoundary(const QString& text, int start, int dot, int next) const;

    WordSet m_titles;
    WordSet m_months;
    WordSet m_abbreviations;
    WordSet m_starters;
    WordSet m_summaryHeadings;
    WordSet m_recapHeadings; // of those, the ones a list follows and the story resumes after
    QStringList m_boilerplateCues;
};

} // namespace Kairos::Extract
