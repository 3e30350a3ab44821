// SPDX-License-Identifier: GPL-3.0-or-later
#include "articletextview.h"

#include "articlemarkshighlighter.h"
#include "readerpalette.h"
#include "syntaxrepository.h"

#include <QHelpEvent>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace Kairos {

namespace {

/// Characters QTextCursor::insertText would turn into structure rather than text. Each becomes one
/// character again, so body offsets stay document offsets.
QString documentSafe(const QString& body)
{
    QString text = body;
    for (QChar& c : text) {
        if (c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
        else if (c.unicode() == 0xFDD0 || c.unicode() == 0xFDD1 || c == QChar::ObjectReplacementCharacter)
            c = QChar::ReplacementCharacter;
    }
    return text;
}

} // namespace

ArticleTextView::ArticleTextView(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_marks(new ArticleMarksHighlighter(this))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    setAccessibleName(tr("Article text"));
    setAccessibleDescription(tr("Highlighted sentences support events; press Enter or click to show the event."));
    m_marks->setTheme(SyntaxRepository::themeFor(palette()));
}

void ArticleTextView::setContent(const ArticleTextContent& content)
{
    m_content = content;
    m_selectedBegin = m_selectedEnd = -1;
    rebuildDocument();
}

void ArticleTextView::clearContent()
{
    setContent({});
}

void ArticleTextView::rebuildDocument()
{
    const QString text = documentSafe(m_content.body);
    const int length = int(text.size());
    QList<int> cuts {0, length};
    for (const Mention& mention : std::as_const(m_content.mentions))
        cuts << qBound(0, mention.begin, length) << qBound(0, mention.end, length);
    for (const auto& mark : std::as_const(m_content.evidence))
        cuts << qBound(0, mark.begin, length) << qBound(0, mark.end, length);
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    const QPalette& pal = palette();
    const qreal tint = isDarkPalette(pal) ? 0.38 : 0.24;
    auto* doc = new QTextDocument(this);
    doc->setDocumentLayout(new QPlainTextDocumentLayout(doc));
    doc->setDefaultFont(font());
    doc->setUndoRedoEnabled(false);
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    for (int i = 0; i + 1 < cuts.size(); ++i) {
        const int from = cuts.at(i);
        const int to = cuts.at(i + 1);
        QTextCharFormat format;
        for (const auto& mark : std::as_const(m_content.evidence)) {
            if (mark.begin <= from && mark.end >= to) {
                format.setBackground(tintOnBase(EventTypes::color(mark.eventType), pal, tint));
                break;
            }
        }
        for (const Mention& mention : std::as_const(m_content.mentions)) {
            if (mention.begin <= from && mention.end >= to) {
                const auto entity = m_content.entities.constFind(mention.entityId);
                const QColor color
                    = entityTypeColor(entity == m_content.entities.constEnd() ? EntityType::Other : entity->type, pal);
                format.setForeground(color);
                format.setUnderlineStyle(QTextCharFormat::DotLine);
                format.setUnderlineColor(color);
                break;
            }
        }
        cursor.insertText(text.mid(from, to - from), format);
    }
    cursor.endEditBlock();

    // The editor deletes the document it created itself; the ones built here are deleted here.
    QTextDocument* old = document()->parent() == this ? document() : nullptr;
    // Extra selections hold cursors into the old document: drop them before it goes.
    setExtraSelections({});
    setDocument(doc);
    m_marks->setDocument(doc);
    delete old;
    updateExtraSelections();
}

void ArticleTextView::selectRange(int begin, int end, const QColor& color)
{
    const int length = int(m_content.body.size());
    m_selectedBegin = qBound(0, begin, length);
    m_selectedEnd = qBound(m_selectedBegin, end, length);
    m_selectedColor = color;
    QTextCursor cursor(document());
    cursor.setPosition(m_selectedBegin);
    cursor.setPosition(m_selectedEnd, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centerCursor();
    updateExtraSelections();
}

void ArticleTextView::setHighlightedEntity(qint64 entityId)
{
    m_highlightedEntity = entityId;
    updateExtraSelections();
}

void ArticleTextView::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QPalette& pal = palette();
    const int length = int(document()->characterCount()) - 1;
    const auto add = [&](int begin, int end, const QTextCharFormat& format) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(qBound(0, begin, length));
        selection.cursor.setPosition(qBound(0, end, length), QTextCursor::KeepAnchor);
        selection.format = format;
        selections.append(selection);
    };
    if (m_highlightedEntity > 0) {
        const auto entity = m_content.entities.constFind(m_highlightedEntity);
        const QColor color
            = entityTypeColor(entity == m_content.entities.constEnd() ? EntityType::Other : entity->type, pal);
        QTextCharFormat format;
        format.setBackground(tintOnBase(color, pal, 0.35));
        format.setFontWeight(QFont::Bold);
        for (const Mention& mention : std::as_const(m_content.mentions)) {
            if (mention.entityId == m_highlightedEntity)
                add(mention.begin, mention.end, format);
        }
    }
    if (m_selectedBegin >= 0 && m_selectedEnd > m_selectedBegin) {
        // Stays visible when the view loses focus, unlike the inactive selection colour.
        QTextCharFormat format;
        format.setBackground(tintOnBase(m_selectedColor.isValid() ? m_selectedColor : pal.color(QPalette::Highlight),
            pal, isDarkPalette(pal) ? 0.6 : 0.45));
        format.setProperty(QTextFormat::FullWidthSelection, false);
        add(m_selectedBegin, m_selectedEnd, format);
    }
    setExtraSelections(selections);
}

qint64 ArticleTextView::eventAt(int position) const
{
    for (const auto& mark : std::as_const(m_content.evidence)) {
        if (mark.begin <= position && position < mark.end)
            return mark.eventId;
    }
    return 0;
}

int ArticleTextView::positionAt(const QPoint& point) const
{
    const QTextCursor cursor = cursorForPosition(point);
    const QRect caret = cursorRect(cursor);
    const int slack = fontMetrics().averageCharWidth() * 2;
    // cursorForPosition snaps to the nearest character even far to the right of a short line.
    if (point.y() < caret.top() - 2 || point.y() > caret.bottom() + 2 || qAbs(point.x() - caret.x()) > slack)
        return -1;
    // The caret sits between two characters: take the one the click fell on.
    int position = cursor.position();
    if (point.x() < caret.x() && position > 0)
        --position;
    return position;
}

void ArticleTextView::mouseReleaseEvent(QMouseEvent* event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const int position = positionAt(event->position().toPoint());
    if (position < 0)
        return;
    if (const qint64 eventId = eventAt(position))
        Q_EMIT eventActivated(eventId);
}

void ArticleTextView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const QTextCursor cursor = textCursor();
        if (const qint64 eventId = eventAt(cursor.selectionStart())) {
            Q_EMIT eventActivated(eventId);
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

QString ArticleTextView::toolTipAt(int position) const
{
    QStringList lines;
    for (const Mention& mention : std::as_const(m_content.mentions)) {
        if (mention.begin <= position && position < mention.end) {
            const auto entity = m_content.entities.constFind(mention.entityId);
            if (entity != m_content.entities.constEnd())
                lines << tr("%1 (%2)").arg(entity->name, entityTypeLabel(entity->type));
        }
    }
    for (const auto& mark : std::as_const(m_content.evidence)) {
        if (mark.begin <= position && position < mark.end)
            lines << tr("Evidence for: %1 [%2]").arg(mark.eventTitle, EventTypes::label(mark.eventType));
    }
    return lines.join(QLatin1Char('\n'));
}

bool ArticleTextView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int position = positionAt(help->pos());
        const QString text = position >= 0 ? toolTipAt(position) : QString();
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            // Escaped inside a rich-text wrapper: names from articles must show literally, never as markup.
            QToolTip::showText(help->globalPos(),
                QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped()), viewport());
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void ArticleTextView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_marks->setTheme(SyntaxRepository::themeFor(palette()));
        // Plain numbers: a cursor into the old document does not survive its deletion.
        const int anchor = textCursor().anchor();
        const int position = textCursor().position();
        rebuildDocument();
        const int last = document()->characterCount() - 1;
        QTextCursor cursor(document());
        cursor.setPosition(qBound(0, anchor, last));
        cursor.setPosition(qBound(0, position, last), QTextCursor::KeepAnchor);
        setTextCursor(cursor);
    } else if (event->type() == QEvent::FontChange) {
        rebuildDocument();
    }
}

} // namespace Kairos
