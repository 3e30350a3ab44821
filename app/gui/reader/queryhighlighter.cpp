// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryhighlighter.h"

#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

namespace Kairos {

QueryHighlighter::QueryHighlighter()
{
    setDefinition(SyntaxRepository::definition(SyntaxRepository::queryDefinitionName()));
}

bool QueryHighlighter::isValid() const
{
    return definition().isValid() && theme().isValid();
}

QList<QTextLayout::FormatRange> QueryHighlighter::highlight(const QString& line)
{
    m_ranges.clear();
    if (definition().isValid() && theme().isValid())
        highlightLine(line, KSyntaxHighlighting::State());
    return m_ranges;
}

void QueryHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format)
{
    if (length <= 0)
        return;
    const QTextCharFormat overlay = SyntaxRepository::overlayFormat(format, theme());
    if (overlay.isEmpty())
        return;
    // Neighbouring pieces of one token ("type:" then "approval") stay separate: they differ in style.
    m_ranges.append({offset, length, overlay});
}

} // namespace Kairos
