// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;
class QUndoStack;

namespace Kairos {

class EntityModel;
class Workspace;

/// The left dock: entities grouped by type with their counts, a search box, check boxes that filter
/// the events, and the entity edits (rename, change type, merge, delete).
class EntitySidebar : public QWidget
{
    Q_OBJECT
public:
    EntitySidebar(EntityModel* model, QWidget* parent = nullptr);
    void setWorkspace(Workspace* workspace, QUndoStack* undoStack);
    QTreeView* view() const { return m_view; }

Q_SIGNALS:
    /// The current entity changed (0 when a group or nothing is current).
    void entitySelected(qint64 entityId);
    void errorOccurred(const QString& message);

private:
    void showContextMenu(const QPoint& position);
    qint64 currentEntityId() const;
    void renameCurrent();
    void changeTypeOfCurrent();
    void mergeSelected();
    void deleteCurrent();

    EntityModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_search;
    QTreeView* m_view;
    Workspace* m_workspace = nullptr;
    QUndoStack* m_undoStack = nullptr;
};

} // namespace Kairos
