// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>

#include <QSyntaxHighlighter>

namespace Kairos {

/// Marks dates, money amounts and percentages in an article body with the shipped
/// "Kairos Article Marks" definition. Unlike KSyntaxHighlighting::SyntaxHighlighter it leaves
/// unmarked text alone, so the entity colours and evidence tints of the document show through.
class ArticleMarksHighlighter final : public QSyntaxHighlighter, public KSyntaxHighlighting::AbstractHighlighter
{
    Q_OBJECT
    Q_INTERFACES(KSyntaxHighlighting::AbstractHighlighter)
public:
    /// Not parented to a document: the reader replaces its document for every article.
    explicit ArticleMarksHighlighter(QObject* parent = nullptr);

    void setTheme(const KSyntaxHighlighting::Theme& theme) override;

protected:
    void highlightBlock(const QString& text) override;
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format) override;
};

} // namespace Kairos
