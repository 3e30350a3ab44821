// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/workspace.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Kairos {

/// The workspace's articles without their bodies (the reader loads one body at a time).
class ArticleModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { TitleColumn, OutletColumn, PublishedColumn, BundleColumn, NUM_COLUMNS };
    enum Roles { ArticleIdRole = Qt::UserRole, PublishedRole, SourceFormatRole, UrlRole };

    explicit ArticleModel(Workspace* workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex indexOfArticle(qint64 id) const;

public Q_SLOTS:
    void reload();

private:
    QPointer<Workspace> m_workspace;
    QList<ArticleSummary> m_articles;
};

} // namespace Kairos
