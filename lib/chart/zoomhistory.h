// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace Kairos {

/// The time windows the analyst went through, with ready actions for a toolbar or menu.
/// Views call record() when a zoom or pan settles; Back and Forward ask the views to go there.
class ZoomHistory : public QObject
{
    Q_OBJECT
public:
    struct Range
    {
        qint64 from = 0;
        qint64 to = 0;
        friend bool operator==(const Range& a, const Range& b) { return a.from == b.from && a.to == b.to; }
    };

    explicit ZoomHistory(QObject* parent = nullptr);

    /// A new window: it becomes current and the forward entries are dropped.
    void record(qint64 from, qint64 to);
    void clear();
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_entries.size(); }
    Range current() const { return m_current >= 0 ? m_entries.at(m_current) : Range(); }
    qsizetype size() const { return m_entries.size(); }

    QAction* backAction() const { return m_back; }
    QAction* forwardAction() const { return m_forward; }
    QAction* fitAllAction() const { return m_fitAll; }
    QAction* zoomInAction() const { return m_zoomIn; }
    QAction* zoomOutAction() const { return m_zoomOut; }

public Q_SLOTS:
    void back();
    void forward();

Q_SIGNALS:
    /// Back or Forward chose a window; the view shows it without recording it again.
    void rangeRequested(qint64 from, qint64 to);
    void fitAllRequested();
    void zoomInRequested();
    void zoomOutRequested();

private:
    void updateActions();

    QList<Range> m_entries;
    qsizetype m_current = -1;
    QAction* m_back;
    QAction* m_forward;
    QAction* m_fitAll;
    QAction* m_zoomIn;
    QAction* m_zoomOut;
};

} // namespace Kairos
