// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlesourceview.h"

#include "import/textdecoding.h"
#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QFontDatabase>

#include <limits>

namespace Kairos {

ArticleSourceView::ArticleSourceView(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(this))
{
    m_highlighter->setDocument(document());
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setAccessibleName(tr("Article source"));
    m_highlighter->setTheme(SyntaxRepository::themeFor(palette()));
}

ArticleSourceView::~ArticleSourceView() = default;

void ArticleSourceView::setSource(const QByteArray& bytes, const QString& sourceFormat)
{
    const QString format = sourceFormat.toLower();
    if (format == QLatin1String("pdf")) {
        // The bytes are a PDF; the Text tab holds what was extracted from it.
        m_highlighter->setDefinition({});
        setPlainText(tr("This article was extracted from a PDF file of %n byte(s). The Text tab shows the "
                        "extracted text.",
            nullptr, int(qMin<qsizetype>(bytes.size(), std::numeric_limits<int>::max()))));
        return;
    }
    QString declared;
    if (format == QLatin1String("html") || format == QLatin1String("htm"))
        declared = Import::sniffHtmlCharset(bytes);
    else if (format == QLatin1String("rss") || format == QLatin1String("atom") || format == QLatin1String("xml"))
        declared = Import::sniffXmlEncoding(bytes);
    const QString text = Import::decodeText(bytes, declared);
    // Clear first so the old definition does not run over the new text.
    m_highlighter->setDefinition({});
    setPlainText(QString());
    if (text.size() <= MaxHighlightedCharacters)
        m_highlighter->setDefinition(SyntaxRepository::definitionForSourceFormat(format));
    setPlainText(text);
}

void ArticleSourceView::clearSource()
{
    m_highlighter->setDefinition({});
    setPlainText(QString());
}

QString ArticleSourceView::definitionName() const
{
    const KSyntaxHighlighting::Definition definition = m_highlighter->definition();
    return definition.isValid() ? definition.name() : QString();
}

void ArticleSourceView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setTheme(SyntaxRepository::themeFor(palette()));
        m_highlighter->rehighlight();
    }
}

} // namespace Kairos
