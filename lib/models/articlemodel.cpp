// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlemodel.h"
#include "plaintooltip.h"

#include <QFileInfo>
#include <QLocale>

namespace Kairos {

ArticleModel::ArticleModel(Workspace* workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::articlesChanged, this, &ArticleModel::reload);
    connect(workspace, &Workspace::reset, this, &ArticleModel::reload);
    reload();
}

void ArticleModel::reload()
{
    beginResetModel();
    m_articles = m_workspace ? m_workspace->articleSummaries() : QList<ArticleSummary>();
    endResetModel();
}

int ArticleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant ArticleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ArticleSummary& article = m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return article.title;
        case OutletColumn:
            return article.outlet;
        case PublishedColumn:
            if (!article.published)
                return tr("undated");
            return article.published->date().isValid()
                ? QLocale().toString(article.published->date(), QLocale::ShortFormat)
                : article.published->toIsoString();
        case BundleColumn:
            // The dropped folder or archive by its name; the full path is in the tooltip.
            return QFileInfo(article.bundle).fileName();
        }
        break;
    case Qt::ToolTipRole:
        return plainTooltip(index.column() == BundleColumn ? article.bundle : article.title);
    case ArticleIdRole:
        return article.id;
    case PublishedRole:
        return article.published ? QVariant(article.published->seconds()) : QVariant();
    case SourceFormatRole:
        return article.sourceFormat;
    case UrlRole:
        return article.url;
    }
    return {};
}

QVariant ArticleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case PublishedColumn:
        return tr("Published");
    case BundleColumn:
        return tr("Bundle");
    }
    return {};
}

QModelIndex ArticleModel::indexOfArticle(qint64 id) const
{
    for (int i = 0; i < m_articles.size(); ++i) {
        if (m_articles.at(i).id == id)
            return index(i, 0);
    }
    return {};
}

} // namespace Kairos
