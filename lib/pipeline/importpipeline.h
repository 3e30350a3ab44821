// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/extracttypes.h"
#include "import/importtypes.h"
#include "import/manifest.h"
#include "importreport.h"
#include "store/importjournal.h"

#include <QElapsedTimer>
#include <QHash>

#include <memory>

#include <atomic>
#include <functional>

namespace Kairos {

class Workspace;
class WorkspaceTransaction;

/// Stores what the bundle walker and the parsers read: articles (deduplicated by content hash and URL),
/// their extracted entities, mentions and events, then curated and imported timeline events. Each
/// article is written with everything drawn from it in one transaction, so a kill or a cancel never
/// leaves half an article. Runs on whatever thread owns the workspace connection it is given.
class ImportPipeline
{
public:
    using Extractor = std::function<Extract::ExtractionResult(const Article&)>;
    struct Progress
    {
        qint64 bytes = 0;
        qint64 files = 0;
        QString currentPath;
    };
    using ProgressCallback = std::function<void(const Progress&)>;

    explicit ImportPipeline(Workspace& workspace, const Import::ImportLimits& limits = {});
    ~ImportPipeline();
    /// Without an extractor only curated and imported events are stored.
    void setExtractor(Extractor extractor) { m_extract = std::move(extractor); }
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }

    ImportReport run(const QStringList& inputs, const std::atomic_bool* cancel = nullptr);

private:
    void handleFile(Import::SourceFile&& file);
    bool storeArticle(Import::ParsedArticle& parsed);
    bool storeExtraction(const Article& article);
    bool storeParsedEvents(const QList<Import::ParsedEvent>& events, const QString& bundle);
    std::optional<qint64> entityId(const QString& name, EntityType type, const QStringList& aliases = {});
    bool fatal();
    bool beginBatch();
    bool commitBatch();
    void stepAsideForOtherWriters();
    void abortBatch();
    void restoreCountsOfBatch();
    /// An event already stored that is the same happening (same title and dates), or nullopt.
    std::optional<qint64> sameEvent(const Event& event);
    void rememberAddedEvent(const Event& event);
    void forgetAddedEvents();

    Workspace& m_workspace;
    Import::ImportLimits m_limits;
    Extractor m_extract;
    ProgressCallback m_progress;
    ImportReport m_report;
    const std::atomic_bool* m_cancel = nullptr;
    /// Per bundle: its manifest, and which article id each bundle-relative path became.
    QHash<QString, Import::Manifest> m_manifests;
    QHash<QString, QHash<QString, qint64>> m_articleIds;
    QList<QPair<QString, QList<Import::ParsedEvent>>> m_pendingEvents;
    QHash<QString, qint64> m_entityCache;
    // Events this run added, by title and start: looking them up in memory keeps a large import linear,
    // the store is only asked about the events that were there before (ids below m_firstAddedEvent).
    QHash<QString, qint64> m_addedEvents;
    qint64 m_firstAddedEvent = 0;
    Progress m_state;
    std::unique_ptr<WorkspaceTransaction> m_batch;
    ImportReport m_batchStart;
    ImportJournal m_journal;
    ImportJournal::Mark m_batchJournal;
    int m_batchFiles = 0;
    qint64 m_batchBytes = 0;
    QElapsedTimer m_batchTimer;
    QElapsedTimer m_sinceStepAside;
};

} // namespace Kairos
