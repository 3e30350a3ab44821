// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity.h"

#include <QHash>
#include <QPlainTextEdit>

namespace Kairos {

class ArticleMarksHighlighter;

/// What the Text tab shows of one article: its body and the ranges that get colour.
struct ArticleTextContent
{
    struct EvidenceMark
    {
        int begin = 0;
        int end = 0;
        qint64 eventId = 0;
        QString eventType;
        QString eventTitle;
    };
    QString body;
    QList<Mention> mentions;
    QHash<qint64, Entity> entities;
    QList<EvidenceMark> evidence;
};

/// An article body as plain text: entity mentions coloured by type, dates and amounts marked by the
/// shipped syntax definition, evidence sentences tinted with their event type's colour. The
/// document is built piece by piece from plain strings, never parsed as HTML, so that body positions
/// equal document positions. Clicking (or pressing Enter) inside a tinted sentence activates its event.
class ArticleTextView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ArticleTextView(QWidget* parent = nullptr);

    void setContent(const ArticleTextContent& content);
    const ArticleTextContent& content() const { return m_content; }
    void clearContent();

    /// Selects body[begin, end), scrolls it into the middle and marks it strongly in `color`.
    void selectRange(int begin, int end, const QColor& color);
    /// Marks that entity's mentions more strongly; 0 clears.
    void setHighlightedEntity(qint64 entityId);
    /// The first event whose evidence sentence contains the position, or 0.
    qint64 eventAt(int position) const;

Q_SIGNALS:
    void eventActivated(qint64 eventId);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuildDocument();
    void updateExtraSelections();
    /// The body position under a viewport point, or -1 when the point is beside the text.
    int positionAt(const QPoint& point) const;
    QString toolTipAt(int position) const;

    ArticleTextContent m_content;
    ArticleMarksHighlighter* m_marks;
    qint64 m_highlightedEntity = 0;
    int m_selectedBegin = -1;
    int m_selectedEnd = -1;
    QColor m_selectedColor;
};

} // namespace Kairos
