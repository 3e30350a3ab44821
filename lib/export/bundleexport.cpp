// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleexport.h"

#include "core/atomicfile.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

namespace Kairos {

namespace {

bool copyInto(QFile& from, QSaveFile& to)
{
    QByteArray chunk;
    while (!(chunk = from.read(1 << 20)).isEmpty()) {
        if (to.write(chunk) != chunk.size())
            return false;
    }
    return from.error() == QFileDevice::NoError;
}

/// The bundle writer's files are QSaveFiles committed without a checked flush (see atomicfile.h), so a staged
/// folder is read back before it takes the target's place.
bool stagedFolderIsComplete(const QString& folder, const Import::BundleContent& content, QString* error)
{
    const QList<QPair<QString, QByteArray>> files = Import::bundleFiles(content);
    for (const auto& [path, bytes] : files) {
        QFile written(QDir(folder).filePath(path));
        if (!written.open(QIODevice::ReadOnly) || written.readAll() != bytes) {
            *error = QCoreApplication::translate("Kairos::BundleExport", "%1 was not written completely").arg(path);
            return false;
        }
    }
    return true;
}

bool saveZip(const QString& outPath, const Import::BundleContent& content, QString* error)
{
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        *error
            = QCoreApplication::translate("Kairos::BundleExport", "no temporary folder: %1").arg(scratch.errorString());
        return false;
    }
    const QString staged = scratch.filePath(QStringLiteral("bundle.zip"));
    if (!Import::writeBundle(staged, content, error))
        return false;
    QFile in(staged);
    QSaveFile out(outPath);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) || !copyInto(in, out)) {
        *error = out.error() != QFileDevice::NoError ? out.errorString() : in.errorString();
        out.cancelWriting();
        return false;
    }
    return commitAtomically(out, error);
}

bool saveFolder(const QString& outPath, const Import::BundleContent& content, QString* error)
{
    const QFileInfo target(QDir::cleanPath(outPath));
    const QDir parent = target.absoluteDir();
    if (target.exists()) {
        const QDir existing(target.absoluteFilePath());
        if (!target.isDir() || !existing.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
            *error = QCoreApplication::translate(
                "Kairos::BundleExport", "%1 exists and is not an empty folder; choose a new or empty folder")
                         .arg(outPath);
            return false;
        }
    } else if (!parent.exists()) {
        *error = QCoreApplication::translate("Kairos::BundleExport", "the folder %1 does not exist").arg(parent.path());
        return false;
    }
    // Staged beside the target, so that the final rename stays on one file system.
    QTemporaryDir staged(parent.filePath(QStringLiteral(".%1-XXXXXX").arg(target.fileName())));
    if (!staged.isValid()) {
        *error = staged.errorString();
        return false;
    }
    if (!Import::writeBundle(staged.path(), content, error) || !stagedFolderIsComplete(staged.path(), content, error))
        return false;
    if (target.exists() && !parent.rmdir(target.fileName())) {
        *error = QCoreApplication::translate("Kairos::BundleExport", "cannot replace the empty folder %1").arg(outPath);
        return false;
    }
    if (!QDir().rename(staged.path(), target.absoluteFilePath())) {
        *error = QCoreApplication::translate("Kairos::BundleExport", "cannot move the bundle into %1").arg(outPath);
        return false;
    }
    staged.setAutoRemove(false);
    return true;
}

} // namespace

Import::BundleContent collectBundle(
    Workspace& workspace, const QList<Event>& events, bool everything, const QString& title)
{
    Import::BundleContent content;
    content.title = title;
    content.description = QCoreApplication::translate("Kairos::BundleExport", "Exported from Kairos");
    content.events = events;
    QSet<qint64> articleIds;
    QSet<qint64> entityIds;
    for (const Event& event : events) {
        for (const Evidence& evidence : event.evidence) {
            if (evidence.hasArticle())
                articleIds.insert(evidence.articleId);
        }
        for (const EventEntity& link : event.entities)
            entityIds.insert(link.entityId);
    }
    const QList<ArticleSummary> summaries = workspace.articleSummaries();
    for (const ArticleSummary& summary : summaries) {
        if (!everything && !articleIds.contains(summary.id))
            continue;
        // An article deleted since the summaries were read is simply not exported.
        if (std::optional<Article> article = workspace.article(summary.id))
            content.articles.append(std::move(*article));
    }
    const QList<Entity> entities = workspace.entities();
    for (const Entity& entity : entities) {
        if (everything || entityIds.contains(entity.id))
            content.entities.append(entity);
    }
    return content;
}

bool saveBundle(const QString& outPath, const Import::BundleContent& content, QString* error)
{
    if (outPath.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return saveZip(outPath, content, error);
    return saveFolder(outPath, content, error);
}

} // namespace Kairos
