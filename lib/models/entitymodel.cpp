// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitymodel.h"
#include "plaintooltip.h"

#include "store/workspace.h"

namespace Kairos {

EntityModel::EntityModel(Workspace* workspace, QObject* parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::entitiesChanged, this, &EntityModel::reload);
    connect(workspace, &Workspace::reset, this, &EntityModel::reload);
    connect(workspace, &Workspace::eventsInserted, this, &EntityModel::reload);
    connect(workspace, &Workspace::eventsRemoved, this, &EntityModel::reload);
    reload();
}

void EntityModel::reload()
{
    beginResetModel();
    m_groups.clear();
    if (m_workspace) {
        const QHash<qint64, Workspace::EntityCounts> counts = m_workspace->entityCounts();
        QMap<int, Group> byType;
        for (const Entity& entity : m_workspace->entities()) {
            Group& group = byType[int(entity.type)];
            group.type = entity.type;
            const Workspace::EntityCounts c = counts.value(entity.id);
            group.items.append({entity, c.mentions, c.events});
        }
        for (const Group& group : std::as_const(byType))
            m_groups.append(group);
    }
    // Checks on entities that no longer exist would filter on ghosts.
    QSet<qint64> alive;
    for (const Group& group : std::as_const(m_groups)) {
        for (const Item& item : group.items) {
            if (m_checked.contains(item.entity.id))
                alive.insert(item.entity.id);
        }
    }
    const bool checksChanged = alive != m_checked;
    m_checked = alive;
    endResetModel();
    if (checksChanged)
        Q_EMIT checkedEntitiesChanged(m_checked);
}

QModelIndex EntityModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupMarker);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex EntityModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == GroupMarker)
        return {};
    return createIndex(int(child.internalId()), 0, GroupMarker);
}

int EntityModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == GroupMarker && parent.column() == 0)
        return int(m_groups.at(parent.row()).items.size());
    return 0;
}

int EntityModel::columnCount(const QModelIndex&) const
{
    return NUM_COLUMNS;
}

QVariant EntityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupMarker) {
        const Group& group = m_groups.at(index.row());
        if (role == IsGroupRole)
            return true;
        if (role == EntityTypeRole)
            return int(group.type);
        if (role != Qt::DisplayRole)
            return {};
        if (index.column() == NameColumn)
            return entityTypeLabel(group.type);
        qint64 total = 0;
        for (const Item& item : group.items)
            total += index.column() == MentionsColumn ? item.mentions : item.events;
        return total;
    }
    const Item& item = m_groups.at(int(index.internalId())).items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == NameColumn)
            return item.entity.name;
        return index.column() == MentionsColumn ? item.mentions : item.events;
    case Qt::ToolTipRole:
        return plainTooltip(item.entity.aliases.isEmpty()
                ? item.entity.name
                : tr("%1 (also: %2)").arg(item.entity.name, item.entity.aliases.join(QStringLiteral(", "))));
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return m_checked.contains(item.entity.id) ? Qt::Checked : Qt::Unchecked;
        break;
    case EntityIdRole:
        return item.entity.id;
    case EntityTypeRole:
        return int(item.entity.type);
    case AliasesRole:
        return item.entity.aliases;
    case IsGroupRole:
        return false;
    }
    return {};
}

bool EntityModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.internalId() == GroupMarker
        || index.column() != NameColumn)
        return false;
    const qint64 id = m_groups.at(int(index.internalId())).items.at(index.row()).entity.id;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedEntitiesChanged(m_checked);
    return true;
}

void EntityModel::setCheckedEntities(const QSet<qint64>& ids)
{
    if (ids == m_checked)
        return;
    m_checked = ids;
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex parentIndex = index(g, 0);
        Q_EMIT dataChanged(
            index(0, 0, parentIndex), index(rowCount(parentIndex) - 1, 0, parentIndex), {Qt::CheckStateRole});
    }
    Q_EMIT checkedEntitiesChanged(m_checked);
}

QModelIndex EntityModel::indexOfEntity(qint64 id) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<Item>& items = m_groups.at(g).items;
        for (int i = 0; i < items.size(); ++i) {
            if (items.at(i).entity.id == id)
                return index(i, 0, index(g, 0));
        }
    }
    return {};
}

QStringList EntityModel::entityNames() const
{
    QStringList names;
    for (const Group& group : m_groups) {
        for (const Item& item : group.items)
            names << item.entity.name;
    }
    return names;
}

QVariant EntityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Entity");
    case MentionsColumn:
        return tr("Mentions");
    case EventsColumn:
        return tr("Events");
    }
    return {};
}

Qt::ItemFlags EntityModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (index.isValid() && index.internalId() != GroupMarker && index.column() == NameColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

} // namespace Kairos
