// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QItemSelectionModel;
class QToolBar;

namespace Kairos {

class OverviewStrip;
class TimelineView;

/// What the main window embeds: a toolbar (back, forward, fit all, zoom, lanes), the timeline
/// view and the overview strip, all on one shared proxy and selection model.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    TimelinePanel(QAbstractItemModel* model, QItemSelectionModel* selection, QWidget* parent = nullptr);

    TimelineView* view() const { return m_view; }
    OverviewStrip* overview() const { return m_overview; }
    QToolBar* toolBar() const { return m_toolBar; }

private:
    TimelineView* m_view;
    OverviewStrip* m_overview;
    QToolBar* m_toolBar;
};

} // namespace Kairos
