// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/event.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace Kairos {

class ArticleModel;
class ArticleSortProxy;
class ArticleSourceView;
class ArticleTextView;
class EvidencePanel;
class SafeTextBrowser;
class Workspace;

/// The reader dock: a sortable, filterable list of articles above the selected article in tabs
/// (the marked-up text, the formatted Markdown, the original source, and the evidence of the event
/// being looked at).
class ArticleReader : public QWidget
{
    Q_OBJECT
public:
    ArticleReader(Workspace* workspace, ArticleModel* articles, QWidget* parent = nullptr);

    void showArticle(qint64 articleId);
    /// Opens the article of the event's first evidence with the sentence selected, and shows all of
    /// the event's evidence in the Evidence tab. (Not QWidget::showEvent(QShowEvent*).)
    void showEvent(qint64 eventId);
    /// Opens the evidence's article and selects its sentence.
    void showEvidence(const Evidence& evidence, const QString& eventType = {});
    /// Marks that entity's mentions more strongly in every article shown; 0 clears.
    void highlightEntity(qint64 entityId);

    qint64 currentArticleId() const { return m_articleId; }
    ArticleTextView* textView() const { return m_text; }
    ArticleSourceView* sourceView() const { return m_source; }
    EvidencePanel* evidencePanel() const { return m_evidence; }
    QTabWidget* tabs() const { return m_tabs; }
    QTreeView* articleList() const { return m_list; }

Q_SIGNALS:
    void eventActivated(qint64 eventId);
    void articleShown(qint64 articleId);

protected:
    using QWidget::showEvent;

private:
    void loadArticle(qint64 articleId);
    void selectInList(qint64 articleId);
    void onCurrentRowChanged(const QModelIndex& current);
    void scheduleReload();

    QPointer<Workspace> m_workspace;
    ArticleModel* m_articles;
    ArticleSortProxy* m_proxy;
    QLineEdit* m_filter;
    QTreeView* m_list;
    QLabel* m_title;
    QLabel* m_meta;
    QPushButton* m_openOriginal;
    QTabWidget* m_tabs;
    ArticleTextView* m_text;
    SafeTextBrowser* m_formatted;
    ArticleSourceView* m_source;
    EvidencePanel* m_evidence;
    qint64 m_articleId = 0;
    QString m_articleUrl;
    bool m_reloadPending = false;
};

} // namespace Kairos
