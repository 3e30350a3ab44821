// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitysidebar.h"

#include "models/entitycommands.h"
#include "models/entitymodel.h"
#include "store/workspace.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Kairos {

EntitySidebar::EntitySidebar(EntityModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    m_filter->setSourceModel(model);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_search->setPlaceholderText(tr("Search entities"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search entities"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, m_view, [this](const QString& text) {
        if (!text.isEmpty())
            m_view->expandAll();
    });

    m_view->setModel(m_filter);
    m_view->setAccessibleName(tr("Entities"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EntityModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setUniformRowHeights(true);
    // Two levels and a check box come before each name in a narrow dock; a smaller step keeps the names.
    m_view->setIndentation(12);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(EntityModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(EntityModel::MentionsColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(EntityModel::EventsColumn, QHeaderView::ResizeToContents);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &EntitySidebar::showContextMenu);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex&) { Q_EMIT entitySelected(currentEntityId()); });
    m_view->expandAll();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
}

void EntitySidebar::setWorkspace(Workspace* workspace, QUndoStack* undoStack)
{
    m_workspace = workspace;
    m_undoStack = undoStack;
}

qint64 EntitySidebar::currentEntityId() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || index.data(EntityModel::IsGroupRole).toBool())
        return 0;
    return index.siblingAtColumn(0).data(EntityModel::EntityIdRole).toLongLong();
}

void EntitySidebar::showContextMenu(const QPoint& position)
{
    if (!m_workspace || m_workspace->isReadOnly() || currentEntityId() == 0)
        return;
    QMenu menu(this);
    menu.addAction(tr("&Rename…"), this, &EntitySidebar::renameCurrent);
    menu.addAction(tr("Change &Type…"), this, &EntitySidebar::changeTypeOfCurrent);
    QAction* merge = menu.addAction(tr("&Merge Selected"), this, &EntitySidebar::mergeSelected);
    merge->setEnabled(m_view->selectionModel()->selectedRows().size() > 1);
    menu.addSeparator();
    menu.addAction(tr("&Delete"), this, &EntitySidebar::deleteCurrent);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void EntitySidebar::renameCurrent()
{
    const std::optional<Entity> entity = m_workspace->entity(currentEntityId());
    if (!entity)
        return;
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Rename Entity"), tr("New name:"), QLineEdit::Normal, entity->name, &ok)
              .simplified();
    if (!ok || name.isEmpty() || name == entity->name)
        return;
    Entity after = *entity;
    // The old name stays findable as an alias, so extraction keeps resolving it.
    if (!after.aliases.contains(entity->name))
        after.aliases << entity->name;
    after.name = name;
    auto* command = new EditEntityCommand(m_workspace, *entity, after);
    command->setErrorHandler([this](const QString& message) { Q_EMIT errorOccurred(message); });
    m_undoStack->push(command);
}

void EntitySidebar::changeTypeOfCurrent()
{
    const std::optional<Entity> entity = m_workspace->entity(currentEntityId());
    if (!entity)
        return;
    QStringList labels;
    for (int t = 0; t <= int(EntityType::Other); ++t)
        labels << entityTypeLabel(EntityType(t));
    bool ok = false;
    // Names never go into dialog labels: QLabel would guess rich text from a name such as "<b>".
    const QString chosen = QInputDialog::getItem(
        this, tr("Change Entity Type"), tr("Entity type:"), labels, int(entity->type), false, &ok);
    if (!ok)
        return;
    Entity after = *entity;
    after.type = EntityType(labels.indexOf(chosen));
    auto* command = new EditEntityCommand(m_workspace, *entity, after);
    command->setErrorHandler([this](const QString& message) { Q_EMIT errorOccurred(message); });
    m_undoStack->push(command);
}

void EntitySidebar::mergeSelected()
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        if (!index.data(EntityModel::IsGroupRole).toBool())
            ids << index.data(EntityModel::EntityIdRole).toLongLong();
    }
    const qint64 into = currentEntityId();
    ids.removeAll(into);
    if (ids.isEmpty() || into == 0)
        return;
    auto* command = new MergeEntitiesCommand(m_workspace, into, ids);
    command->setErrorHandler([this](const QString& message) { Q_EMIT errorOccurred(message); });
    m_undoStack->push(command);
}

void EntitySidebar::deleteCurrent()
{
    const std::optional<Entity> entity = m_workspace->entity(currentEntityId());
    if (!entity)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete Entity"),
        tr("Delete “%1”? Its mentions and event links go too; you can undo this.").arg(entity->name),
        QMessageBox::Yes | QMessageBox::No, this);
    box.setTextFormat(Qt::PlainText);
    if (box.exec() != QMessageBox::Yes)
        return;
    auto* command = new MergeEntitiesCommand(m_workspace, 0, {entity->id});
    command->setErrorHandler([this](const QString& message) { Q_EMIT errorOccurred(message); });
    m_undoStack->push(command);
}

} // namespace Kairos
