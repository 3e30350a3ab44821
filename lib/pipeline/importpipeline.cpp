// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpipeline.h"

#include "import/bundlewalker.h"
#include "import/parsefile.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QThread>

namespace Kairos {

namespace {

bool cancelled(const std::atomic_bool* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

ImportPipeline::ImportPipeline(Workspace& workspace, const Import::ImportLimits& limits)
    : m_workspace(workspace)
    , m_limits(limits)
{ }

ImportPipeline::~ImportPipeline() = default;

ImportReport ImportPipeline::run(const QStringList& inputs, const std::atomic_bool* cancel)
{
    m_report = {};
    m_cancel = cancel;
    m_state = {};
    m_manifests.clear();
    m_articleIds.clear();
    forgetAddedEvents();
    m_pendingEvents.clear();
    m_entityCache.clear();
    m_journal = {};

    const Import::BundleWalker walker(m_limits);
    const bool finished = walker.walk(
        inputs, [this](Import::SourceFile&& file) { handleFile(std::move(file)); },
        [this](const Import::Rejection& rejection) { m_report.errors.append(rejection); }, cancel,
        [this](qint64 bytes, qint64 files) {
            m_state.bytes = bytes;
            m_state.files = files;
            if (m_progress)
                m_progress(m_state);
        });
    m_report.cancelled = !finished || cancelled(cancel);
    commitBatch();
    // Curated events quote articles of their bundle, so they go in once every article is stored.
    if (!m_report.cancelled && m_report.fatalError.isEmpty()) {
        for (const auto& [bundle, events] : std::as_const(m_pendingEvents)) {
            const ImportJournal::Mark before = m_journal.mark();
            WorkspaceTransaction transaction(m_workspace);
            if (!storeParsedEvents(events, bundle) || !transaction.commit()) {
                m_journal.rollbackTo(before);
                fatal();
                break;
            }
        }
    }
    if (m_report.articlesAdded + m_report.eventsAdded > 1000)
        m_workspace.analyze();
    if (m_report.articlesAdded > 0 || m_report.eventsAdded > 0 || m_report.entitiesAdded > 0
        || m_report.articlesSkipped > 0)
        m_workspace.notifyExternalChange();
    if (!m_journal.isEmpty())
        m_report.journal = std::make_shared<ImportJournal>(std::move(m_journal));
    return m_report;
}

bool ImportPipeline::fatal()
{
    m_entityCache.clear(); // ids made in a rolled-back transaction are gone
    if (m_report.fatalError.isEmpty())
        m_report.fatalError = QCoreApplication::translate("ImportPipeline", "The workspace could not be written: %1")
                                  .arg(m_workspace.lastError().message);
    return false;
}

void ImportPipeline::handleFile(Import::SourceFile&& file)
{
    if (cancelled(m_cancel) || !m_report.fatalError.isEmpty())
        return;
    m_state.currentPath = file.path;
    const auto manifestIt = m_manifests.constFind(file.bundle);
    Import::ParsedFile parsed
        = Import::parseFile(file, m_limits, manifestIt == m_manifests.cend() ? nullptr : &*manifestIt);
    for (const QString& warning : std::as_const(parsed.warnings))
        m_report.notes << QStringLiteral("%1: %2").arg(file.path, warning);
    if (!parsed.error.isEmpty())
        m_report.errors.append({file.bundle, file.path, parsed.error});
    if (parsed.manifest) {
        Import::Manifest manifest = *parsed.manifest;
        for (const QString& warning : std::as_const(manifest.warnings))
            m_report.notes << QStringLiteral("%1: %2").arg(file.path, warning);
        // Curated entities first, with the types the analyst gave them.
        const ImportJournal::Mark before = m_journal.mark();
        WorkspaceTransaction transaction(m_workspace);
        for (const Import::ParsedEntity& entity : std::as_const(manifest.entities)) {
            if (!entityId(entity.name, entity.type, entity.aliases)) {
                m_journal.rollbackTo(before);
                fatal();
                return;
            }
        }
        if (!transaction.commit()) {
            m_journal.rollbackTo(before);
            fatal();
            return;
        }
        m_pendingEvents.append({file.bundle, manifest.events});
        m_manifests.insert(file.bundle, manifest);
        return;
    }
    // Files are stored in batches, one transaction each: a commit per small file would cost more than
    // the file, and a kill still leaves every file wholly stored or wholly absent.
    if (!m_batch && !beginBatch())
        return;
    for (Import::ParsedArticle& article : parsed.articles) {
        if (cancelled(m_cancel))
            break;
        for (const QString& warning : std::as_const(article.warnings))
            m_report.notes << QStringLiteral("%1: %2").arg(file.path, warning);
        if (!storeArticle(article)) {
            abortBatch();
            return;
        }
    }
    if (!parsed.events.isEmpty() && !cancelled(m_cancel) && !storeParsedEvents(parsed.events, file.bundle)) {
        abortBatch();
        return;
    }
    m_batchBytes += file.bytes.size();
    if (++m_batchFiles >= 200 || m_batchBytes >= 16 * 1024 * 1024 || m_batchTimer.elapsed() > 250
        || cancelled(m_cancel)) {
        commitBatch();
        stepAsideForOtherWriters();
    }
}

void ImportPipeline::stepAsideForOtherWriters()
{
    // SQLite's write lock has no queue: a writer kept waiting polls every 100 ms, and an import that begins
    // its next batch right after each commit holds the lock nearly all the time, so the analyst's save in
    // the window or another program could wait out its whole busy timeout (five seconds). Every few seconds
    // the import leaves the lock free for longer than one poll, at a cost of about 4 % of its speed.
    if (m_workspace.isPostgres())
        return;
    if (!m_sinceStepAside.isValid())
        m_sinceStepAside.start();
    if (m_sinceStepAside.elapsed() < 2500)
        return;
    QThread::msleep(110);
    m_sinceStepAside.start();
}

bool ImportPipeline::beginBatch()
{
    m_batch = std::make_unique<WorkspaceTransaction>(m_workspace);
    if (!m_batch->isActive()) {
        m_batch.reset();
        return fatal();
    }
    m_batchStart = m_report;
    m_batchJournal = m_journal.mark();
    m_batchFiles = 0;
    m_batchBytes = 0;
    m_batchTimer.start();
    return true;
}

bool ImportPipeline::commitBatch()
{
    if (!m_batch)
        return true;
    const bool ok = m_batch->commit();
    m_batch.reset();
    if (!ok) {
        restoreCountsOfBatch();
        return fatal();
    }
    return true;
}

void ImportPipeline::abortBatch()
{
    m_batch.reset(); // rolls back
    restoreCountsOfBatch();
    fatal();
}

void ImportPipeline::restoreCountsOfBatch()
{
    // What the rolled-back batch added is not in the workspace, so the report must not claim it.
    m_report.articlesAdded = m_batchStart.articlesAdded;
    m_report.articlesSkipped = m_batchStart.articlesSkipped;
    m_report.eventsAdded = m_batchStart.eventsAdded;
    m_report.entitiesAdded = m_batchStart.entitiesAdded;
    m_journal.rollbackTo(m_batchJournal);
}

bool ImportPipeline::storeArticle(Import::ParsedArticle& parsed)
{
    Article& article = parsed.article;
    const QString path = article.origins.isEmpty() ? QString() : article.origins.first().path;
    const QString bundle = article.origins.isEmpty() ? QString() : article.origins.first().bundle;
    if (const std::optional<qint64> existing = m_workspace.findArticle(article.sha256, article.url)) {
        for (const ArticleOrigin& origin : std::as_const(article.origins)) {
            if (!m_journal.noteOriginIfNew(m_workspace, *existing, origin.bundle, origin.path)
                || !m_workspace.addArticleOrigin(*existing, origin))
                return false;
        }
        ++m_report.articlesSkipped;
        m_report.notes << QCoreApplication::translate(
            "ImportPipeline", "%1: already in the workspace (same content or URL); its origin was recorded.")
                              .arg(path);
        m_articleIds[bundle].insert(path.section(QLatin1Char('#'), 0, 0), *existing);
        return true;
    }
    if (!m_workspace.insertArticle(article, parsed.originalBytes))
        return false;
    m_journal.articleAdded(article.id);
    ++m_report.articlesAdded;
    m_articleIds[bundle].insert(path.section(QLatin1Char('#'), 0, 0), article.id);
    return !m_extract || storeExtraction(article);
}

bool ImportPipeline::storeExtraction(const Article& article)
{
    const Extract::ExtractionResult result = m_extract(article);
    QHash<QString, EntityType> types;
    for (const Extract::ExtractedEntity& entity : result.entities) {
        types.insert(entity.name, entity.type);
        if (!entityId(entity.name, entity.type, entity.aliases))
            return false;
    }
    QList<Mention> mentions;
    for (const Extract::EntityMention& mention : result.mentions) {
        const std::optional<qint64> id = entityId(mention.entityName, mention.type);
        if (!id)
            return false;
        if (*id > 0)
            mentions.append({0, article.id, *id, mention.begin, mention.end});
    }
    if (!m_workspace.insertMentions(mentions))
        return false;
    for (const Extract::ExtractedEvent& extracted : result.events) {
        Event event = extracted.event;
        for (Evidence& evidence : event.evidence)
            evidence.articleId = article.id;
        if (!event.reported)
            event.reported = article.published;
        for (const auto& [name, role] : extracted.entityRoles) {
            const std::optional<qint64> id = entityId(name, types.value(name, EntityType::Other));
            if (!id)
                return false;
            if (*id > 0)
                event.entities.append({*id, role});
        }
        // The same happening from another article adds evidence to the event already proposed.
        if (const std::optional<qint64> same = sameEvent(event)) {
            if (!m_workspace.addEvidence(*same, event.evidence))
                return false;
            continue;
        }
        if (!m_workspace.insertEvent(event))
            return false;
        m_journal.eventAdded(event.id);
        rememberAddedEvent(event);
        ++m_report.eventsAdded;
    }
    return true;
}

bool ImportPipeline::storeParsedEvents(const QList<Import::ParsedEvent>& events, const QString& bundle)
{
    const QHash<QString, qint64> articleIds = m_articleIds.value(bundle);
    QHash<qint64, QString> bodies;
    for (const Import::ParsedEvent& parsed : events) {
        if (cancelled(m_cancel))
            return true;
        Event event = parsed.event;
        if (sameEvent(event))
            continue; // the same curated event from an earlier import of this bundle
        for (int i = 0; i < event.evidence.size(); ++i) {
            const QString key = parsed.evidenceArticleKeys.value(i);
            const qint64 articleId = key.isEmpty() ? 0 : articleIds.value(key);
            Evidence& evidence = event.evidence[i];
            if (articleId == 0) {
                if (!key.isEmpty() && evidence.sourceLabel.isEmpty())
                    evidence.sourceLabel = key;
                continue;
            }
            evidence.articleId = articleId;
            if (!bodies.contains(articleId)) {
                const std::optional<Article> article = m_workspace.article(articleId);
                bodies.insert(articleId, article ? article->body : QString());
            }
            const qsizetype at = bodies.value(articleId).indexOf(evidence.sentence);
            if (at >= 0) {
                evidence.begin = int(at);
                evidence.end = int(at + evidence.sentence.size());
            } else {
                m_report.notes << QCoreApplication::translate(
                    "ImportPipeline", "%1: the evidence sentence “%2” is not in the article text.")
                                      .arg(key, evidence.sentence.left(60));
            }
        }
        for (const auto& [name, role] : parsed.entityRoles) {
            const std::optional<qint64> id = entityId(name, EntityType::Other);
            if (!id)
                return false;
            if (*id > 0)
                event.entities.append({*id, role});
        }
        if (!m_workspace.insertEvent(event))
            return false;
        m_journal.eventAdded(event.id);
        rememberAddedEvent(event);
        ++m_report.eventsAdded;
        for (const Evidence& evidence : std::as_const(event.evidence)) {
            if (!evidence.hasArticle() || evidence.end <= evidence.begin)
                continue;
            if (!m_journal.captureEventsCiting(m_workspace, evidence.articleId))
                return false;
            const int removed
                = m_workspace.removeProposedEventsCiting(evidence.articleId, evidence.begin, evidence.end, event.id);
            if (removed < 0 || !m_journal.keepRemovedEvents(m_workspace))
                return false;
            m_report.eventsAdded = std::max(0, m_report.eventsAdded - removed);
            if (removed > 0)
                forgetAddedEvents(); // some of them may have been among the removed
        }
    }
    return true;
}

std::optional<qint64> ImportPipeline::entityId(const QString& name, EntityType type, const QStringList& aliases)
{
    const QString key = name.simplified().toCaseFolded();
    if (key.isEmpty())
        return qint64(0); // nothing to link; not a failure
    const auto cached = m_entityCache.constFind(key);
    if (cached != m_entityCache.cend())
        return *cached;
    if (const std::optional<Entity> existing = m_workspace.findEntity(name)) {
        m_entityCache.insert(key, existing->id);
        return existing->id;
    }
    Entity entity {0, name.simplified(), type, aliases, 0};
    if (!m_workspace.insertEntity(entity))
        return std::nullopt;
    m_journal.entityAdded(entity.id);
    ++m_report.entitiesAdded;
    m_entityCache.insert(key, entity.id);
    for (const QString& alias : aliases)
        m_entityCache.insert(alias.simplified().toCaseFolded(), entity.id);
    return entity.id;
}

namespace {

QString sameEventKey(const Event& event)
{
    return event.title + QChar(0x1f) + (event.start ? QString::number(event.start->seconds()) : QString()) + QChar(0x1f)
        + (event.anchor() ? QString::number(event.anchor()->seconds()) : QString());
}

} // namespace

std::optional<qint64> ImportPipeline::sameEvent(const Event& event)
{
    const auto added = m_addedEvents.constFind(sameEventKey(event));
    if (added != m_addedEvents.cend())
        return *added;
    return m_workspace.findEvent(event, m_firstAddedEvent);
}

void ImportPipeline::rememberAddedEvent(const Event& event)
{
    m_addedEvents.insert(sameEventKey(event), event.id);
}

void ImportPipeline::forgetAddedEvents()
{
    // What this run added so far now counts as there before, and is found through the store.
    m_addedEvents.clear();
    m_firstAddedEvent = m_workspace.nextEventId();
}

} // namespace Kairos
