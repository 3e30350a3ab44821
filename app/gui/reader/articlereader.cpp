// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlereader.h"

#include "articlesortproxy.h"
#include "articlesourceview.h"
#include "articletextview.h"
#include "evidencepanel.h"
#include "externallinks.h"
#include "import/textdecoding.h"
#include "models/articlemodel.h"
#include "safetextbrowser.h"
#include "store/workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace Kairos {

namespace {

/// Where the evidence sentence sits in the body. Offsets recorded at extraction normally match; if the
/// body changed since, the sentence is looked up by its text instead of marking the wrong words.
std::pair<int, int> locateEvidence(const QString& body, const Evidence& evidence)
{
    const int length = int(body.size());
    const bool inside = evidence.begin >= 0 && evidence.end > evidence.begin && evidence.end <= length;
    const QString sentence = evidence.sentence.trimmed();
    if (inside && (sentence.isEmpty() || body.mid(evidence.begin, evidence.end - evidence.begin).trimmed() == sentence))
        return {evidence.begin, evidence.end};
    if (!sentence.isEmpty()) {
        const qsizetype at = body.indexOf(sentence);
        if (at >= 0)
            return {int(at), int(at + sentence.size())};
    }
    if (inside)
        return {evidence.begin, evidence.end};
    return {-1, -1};
}

} // namespace

ArticleReader::ArticleReader(Workspace* workspace, ArticleModel* articles, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_articles(articles)
    , m_proxy(new ArticleSortProxy(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeView(this))
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_openOriginal(new QPushButton(tr("Open Original…"), this))
    , m_tabs(new QTabWidget(this))
    , m_text(new ArticleTextView(this))
    , m_formatted(new SafeTextBrowser(this))
    , m_source(new ArticleSourceView(this))
    , m_evidence(new EvidencePanel(workspace, this))
{
    m_proxy->setSourceModel(articles);

    m_filter->setPlaceholderText(tr("Filter articles"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter articles"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_list->setModel(m_proxy);
    m_list->setAccessibleName(tr("Articles"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ArticleModel::PublishedColumn, Qt::DescendingOrder);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ArticleModel::TitleColumn, QHeaderView::Stretch);
    connect(
        m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ArticleReader::onCurrentRowChanged);

    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openOriginal->setAccessibleName(tr("Open the original article in a web browser"));
    m_openOriginal->setVisible(false);
    connect(m_openOriginal, &QPushButton::clicked, this,
        [this] { ExternalLinks::confirmAndOpen(this, QUrl(m_articleUrl)); });

    m_tabs->setAccessibleName(tr("Article views"));
    m_tabs->addTab(m_text, tr("Text"));
    m_tabs->addTab(m_formatted, tr("Formatted"));
    m_tabs->addTab(m_source, tr("Source"));
    m_tabs->addTab(m_evidence, tr("Evidence"));
    m_tabs->setTabVisible(m_tabs->indexOf(m_formatted), false);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_filter);
    topLayout->addWidget(m_list);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_title);
    auto* metaRow = new QHBoxLayout;
    metaRow->addWidget(m_meta, 1);
    metaRow->addWidget(m_openOriginal);
    bottomLayout->addLayout(metaRow);
    bottomLayout->addWidget(m_tabs, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_text, &ArticleTextView::eventActivated, this, &ArticleReader::eventActivated);
    connect(m_evidence, &EvidencePanel::evidenceActivated, this, &ArticleReader::showEvidence);
    if (workspace) {
        connect(workspace, &Workspace::eventsInserted, this, &ArticleReader::scheduleReload);
        connect(workspace, &Workspace::eventsChanged, this, &ArticleReader::scheduleReload);
        connect(workspace, &Workspace::eventsRemoved, this, &ArticleReader::scheduleReload);
        connect(workspace, &Workspace::entitiesChanged, this, &ArticleReader::scheduleReload);
        connect(workspace, &Workspace::articlesChanged, this, &ArticleReader::scheduleReload);
        connect(workspace, &Workspace::reset, this, &ArticleReader::scheduleReload);
    }
    loadArticle(0);
}

void ArticleReader::showArticle(qint64 articleId)
{
    if (articleId != m_articleId)
        loadArticle(articleId);
    selectInList(articleId);
}

void ArticleReader::showEvent(qint64 eventId)
{
    m_evidence->setEvent(eventId);
    const auto event = m_workspace ? m_workspace->event(eventId) : std::nullopt;
    if (!event)
        return;
    for (const Evidence& evidence : event->evidence) {
        if (evidence.hasArticle()) {
            showEvidence(evidence, event->type);
            return;
        }
    }
    // Only external citations (an imported timeline): the Evidence tab is all there is to show.
    m_tabs->setCurrentWidget(m_evidence);
}

void ArticleReader::showEvidence(const Evidence& evidence, const QString& eventType)
{
    if (!evidence.hasArticle())
        return;
    showArticle(evidence.articleId);
    if (m_articleId != evidence.articleId)
        return;
    const auto [begin, end] = locateEvidence(m_text->content().body, evidence);
    if (begin >= 0)
        m_text->selectRange(begin, end, EventTypes::color(eventType));
    m_tabs->setCurrentWidget(m_text);
}

void ArticleReader::highlightEntity(qint64 entityId)
{
    m_text->setHighlightedEntity(entityId);
}

void ArticleReader::selectInList(qint64 articleId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_articles->indexOfArticle(articleId));
    if (!index.isValid()) {
        // Hidden by the filter or not in the list (yet): keep the list as it is.
        return;
    }
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(index);
}

void ArticleReader::onCurrentRowChanged(const QModelIndex& current)
{
    const qint64 id = current.data(ArticleModel::ArticleIdRole).toLongLong();
    if (id > 0 && id != m_articleId)
        loadArticle(id);
}

void ArticleReader::loadArticle(qint64 articleId)
{
    const auto article = (m_workspace && articleId > 0) ? m_workspace->article(articleId) : std::nullopt;
    const int formattedTab = m_tabs->indexOf(m_formatted);
    if (!article) {
        m_articleId = 0;
        m_articleUrl.clear();
        m_title->setText(tr("No article selected"));
        m_meta->clear();
        m_openOriginal->setVisible(false);
        m_text->clearContent();
        m_source->clearSource();
        m_formatted->clear();
        m_tabs->setTabVisible(formattedTab, false);
        return;
    }
    m_articleId = articleId;
    m_articleUrl = article->url;
    m_title->setText(article->title.isEmpty() ? tr("(untitled)") : article->title);
    QStringList meta;
    if (!article->outlet.isEmpty())
        meta << article->outlet;
    if (article->published)
        meta << (article->published->date().isValid()
                ? QLocale().toString(article->published->date(), QLocale::LongFormat)
                : article->published->toIsoString());
    if (!article->url.isEmpty())
        meta << article->url;
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_openOriginal->setVisible(ExternalLinks::isOpenable(QUrl(article->url)));

    ArticleTextContent content;
    content.body = article->body;
    content.mentions = m_workspace->mentionsInArticle(articleId);
    for (const Mention& mention : std::as_const(content.mentions)) {
        if (!content.entities.contains(mention.entityId)) {
            if (auto entity = m_workspace->entity(mention.entityId))
                content.entities.insert(mention.entityId, *entity);
        }
    }
    const QList<Event> events = m_workspace->eventsForArticle(articleId);
    for (const Event& event : events) {
        for (const Evidence& evidence : event.evidence) {
            if (evidence.articleId != articleId)
                continue;
            const auto [begin, end] = locateEvidence(content.body, evidence);
            if (begin >= 0)
                content.evidence.append({begin, end, event.id, event.type, event.title});
        }
    }
    m_text->setContent(content);

    const QByteArray source = m_workspace->articleSource(articleId);
    m_source->setSource(source, article->sourceFormat);
    const bool markdown = article->sourceFormat.compare(QLatin1String("md"), Qt::CaseInsensitive) == 0;
    if (markdown)
        m_formatted->setSafeMarkdown(Import::decodeText(source));
    else
        m_formatted->clear();
    m_tabs->setTabVisible(formattedTab, markdown);
    Q_EMIT articleShown(articleId);
}

void ArticleReader::scheduleReload()
{
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    // Coalesces bursts of change signals (an import, an undo of many edits) into one reload.
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        const int scroll = m_text->verticalScrollBar()->value();
        const QTextCursor cursor = m_text->textCursor();
        const int anchor = cursor.anchor();
        const int position = cursor.position();
        const qint64 id = m_articleId;
        loadArticle(id);
        if (m_articleId == id && id > 0) {
            QTextCursor restored(m_text->document());
            const int last = m_text->document()->characterCount() - 1;
            restored.setPosition(qBound(0, anchor, last));
            restored.setPosition(qBound(0, position, last), QTextCursor::KeepAnchor);
            m_text->setTextCursor(restored);
            m_text->verticalScrollBar()->setValue(scroll);
        }
        m_evidence->setEvent(m_evidence->eventId());
    });
}

} // namespace Kairos
