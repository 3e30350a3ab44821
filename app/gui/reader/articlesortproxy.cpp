// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlesortproxy.h"

#include "models/articlemodel.h"

namespace Kairos {

ArticleSortProxy::ArticleSortProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

bool ArticleSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() == ArticleModel::PublishedColumn) {
        const QVariant a = left.data(ArticleModel::PublishedRole);
        const QVariant b = right.data(ArticleModel::PublishedRole);
        if (a.isValid() != b.isValid())
            return a.isValid();
        if (a.isValid() && a.toLongLong() != b.toLongLong())
            return a.toLongLong() < b.toLongLong();
        return left.data(ArticleModel::ArticleIdRole).toLongLong()
            < right.data(ArticleModel::ArticleIdRole).toLongLong();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Kairos
