// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinepanel.h"

#include "overviewstrip.h"
#include "timelineview.h"
#include "zoomhistory.h"

#include <QComboBox>
#include <QToolBar>
#include <QVBoxLayout>

namespace Kairos {

TimelinePanel::TimelinePanel(QAbstractItemModel* model, QItemSelectionModel* selection, QWidget* parent)
    : QWidget(parent)
    , m_view(new TimelineView(model, selection, this))
    , m_overview(new OverviewStrip(m_view->timelineChart(), this))
    , m_toolBar(new QToolBar(this))
{
    ZoomHistory* history = m_view->zoomHistory();
    m_toolBar->addAction(history->backAction());
    m_toolBar->addAction(history->forwardAction());
    m_toolBar->addAction(history->fitAllAction());
    m_toolBar->addAction(history->zoomInAction());
    m_toolBar->addAction(history->zoomOutAction());
    m_toolBar->addSeparator();
    auto* lanes = new QComboBox(m_toolBar);
    lanes->addItem(tr("Lanes by type"), int(LaneMode::Type));
    lanes->addItem(tr("Lanes by entity"), int(LaneMode::Entity));
    lanes->addItem(tr("Lanes by outlet"), int(LaneMode::Outlet));
    m_toolBar->addWidget(lanes);
    connect(lanes, &QComboBox::currentIndexChanged, this,
        [this, lanes](int) { m_view->timelineChart()->setLaneMode(LaneMode(lanes->currentData().toInt())); });
    connect(m_overview, &OverviewStrip::rangeCommitted, history, &ZoomHistory::record);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_overview);
}

} // namespace Kairos
