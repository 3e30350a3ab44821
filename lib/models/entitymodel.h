// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QSet>

namespace Kairos {

class Workspace;

/// Entities grouped by type: the top level holds one row per type, the entities sit under it with
/// their numbers of mentions and events. Entities are checkable; the checked set filters events.
class EntityModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Columns { NameColumn, MentionsColumn, EventsColumn, NUM_COLUMNS };
    enum Roles { EntityIdRole = Qt::UserRole, EntityTypeRole, AliasesRole, IsGroupRole };

    explicit EntityModel(Workspace* workspace, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QSet<qint64> checkedEntities() const { return m_checked; }
    void setCheckedEntities(const QSet<qint64>& ids);
    QModelIndex indexOfEntity(qint64 id) const;
    QStringList entityNames() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void checkedEntitiesChanged(const QSet<qint64>& ids);

private:
    struct Item
    {
        Entity entity;
        qint64 mentions = 0;
        qint64 events = 0;
    };
    struct Group
    {
        EntityType type;
        QList<Item> items;
    };
    static constexpr quintptr GroupMarker = ~quintptr(0);

    QPointer<Workspace> m_workspace;
    QList<Group> m_groups;
    QSet<qint64> m_checked;
};

} // namespace Kairos
