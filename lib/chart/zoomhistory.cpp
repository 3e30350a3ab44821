// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoomhistory.h"

#include <QAction>
#include <QIcon>

namespace Kairos {

namespace {

/// Enough to retrace an afternoon's exploration without growing without bound.
constexpr qsizetype maxEntries = 200;

} // namespace

ZoomHistory::ZoomHistory(QObject* parent)
    : QObject(parent)
    , m_back(new QAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("Back"), this))
    , m_forward(new QAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("Forward"), this))
    , m_fitAll(new QAction(QIcon::fromTheme(QStringLiteral("zoom-fit-best")), tr("Fit All"), this))
    , m_zoomIn(new QAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom In"), this))
    , m_zoomOut(new QAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom Out"), this))
{
    m_back->setToolTip(tr("Back to the previous time window"));
    m_forward->setToolTip(tr("Forward to the next time window"));
    m_fitAll->setToolTip(tr("Show all events"));
    connect(m_back, &QAction::triggered, this, &ZoomHistory::back);
    connect(m_forward, &QAction::triggered, this, &ZoomHistory::forward);
    connect(m_fitAll, &QAction::triggered, this, &ZoomHistory::fitAllRequested);
    connect(m_zoomIn, &QAction::triggered, this, &ZoomHistory::zoomInRequested);
    connect(m_zoomOut, &QAction::triggered, this, &ZoomHistory::zoomOutRequested);
    updateActions();
}

void ZoomHistory::record(qint64 from, qint64 to)
{
    const Range range {from, to};
    if (m_current >= 0 && m_entries.at(m_current) == range)
        return;
    m_entries.resize(m_current + 1);
    m_entries.append(range);
    if (m_entries.size() > maxEntries)
        m_entries.removeFirst();
    m_current = m_entries.size() - 1;
    updateActions();
}

void ZoomHistory::clear()
{
    m_entries.clear();
    m_current = -1;
    updateActions();
}

void ZoomHistory::back()
{
    if (!canGoBack())
        return;
    --m_current;
    updateActions();
    Q_EMIT rangeRequested(m_entries.at(m_current).from, m_entries.at(m_current).to);
}

void ZoomHistory::forward()
{
    if (!canGoForward())
        return;
    ++m_current;
    updateActions();
    Q_EMIT rangeRequested(m_entries.at(m_current).from, m_entries.at(m_current).to);
}

void ZoomHistory::updateActions()
{
    m_back->setEnabled(canGoBack());
    m_forward->setEnabled(canGoForward());
}

} // namespace Kairos
