// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>

#include <QList>
#include <QTextLayout>

namespace Kairos {

/// Highlights one line of the filter-bar query language with the shipped "Kairos Query"
/// definition: fields, values, dates, quoted phrases, and unknown fields as errors.
class QueryHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QueryHighlighter();

    bool isValid() const;
    /// Format ranges for the text; plain words get none.
    QList<QTextLayout::FormatRange> highlight(const QString& line);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format) override;

private:
    QList<QTextLayout::FormatRange> m_ranges;
};

} // namespace Kairos
