// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlemarkshighlighter.h"

#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

namespace Kairos {

ArticleMarksHighlighter::ArticleMarksHighlighter(QObject* parent)
    : QSyntaxHighlighter(parent)
{
    setDefinition(SyntaxRepository::definition(SyntaxRepository::articleMarksDefinitionName()));
}

void ArticleMarksHighlighter::setTheme(const KSyntaxHighlighting::Theme& theme)
{
    AbstractHighlighter::setTheme(theme);
    rehighlight();
}

void ArticleMarksHighlighter::highlightBlock(const QString& text)
{
    // The definition has no multi-line constructs: every paragraph starts afresh.
    highlightLine(text, KSyntaxHighlighting::State());
}

void ArticleMarksHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format)
{
    if (length <= 0)
        return;
    const QTextCharFormat overlay = SyntaxRepository::overlayFormat(format, theme());
    if (!overlay.isEmpty())
        setFormat(offset, length, overlay);
}

} // namespace Kairos
