// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Kairos {

/// The original file of an article (HTML, JSON, Markdown, a feed...) as plain text with
/// KSyntaxHighlighting's own definition for its format. Nothing in it is interpreted.
class ArticleSourceView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ArticleSourceView(QWidget* parent = nullptr);
    ~ArticleSourceView() override;

    void setSource(const QByteArray& bytes, const QString& sourceFormat);
    void clearSource();
    /// The definition in use ("HTML", "JSON", ...), empty when the source is shown unhighlighted.
    QString definitionName() const;

    /// Sources beyond this many characters are shown without highlighting, which would stall the GUI.
    static constexpr int MaxHighlightedCharacters = 2 * 1024 * 1024;

protected:
    void changeEvent(QEvent* event) override;

private:
    KSyntaxHighlighting::SyntaxHighlighter* m_highlighter;
};

} // namespace Kairos
