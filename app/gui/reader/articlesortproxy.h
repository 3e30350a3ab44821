// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Kairos {

/// Sorts the article list by the real publication time rather than the displayed date text,
/// undated articles last, and filters on every column.
class ArticleSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ArticleSortProxy(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace Kairos
