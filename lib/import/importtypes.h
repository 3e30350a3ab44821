// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/entity.h"
#include "core/event.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Kairos::Import {

/// Caps that keep hostile bundles harmless. All sizes count bytes actually read or decompressed,
/// never what an archive header claims.
struct ImportLimits
{
    qint64 maxEntries = 10000;
    qint64 maxEntryBytes = 50LL * 1024 * 1024;
    qint64 maxTotalBytes = 500LL * 1024 * 1024;
    /// Decompressed bytes per compressed byte of an archive, checked once an entry passes 1 MB.
    double maxCompressionRatio = 100.0;
    int maxPathDepth = 32;
    /// How many archives deep an archive inside an archive is still opened (the dropped archive is level 1).
    int maxArchiveNesting = 2;
    int maxJsonNesting = 1024;
};

/// One regular file of a bundle, read into memory.
struct SourceFile
{
    /// The path the user dropped (folder, archive or single file).
    QString bundle;
    /// The file's path inside the bundle, '/'-separated; nested archives appear as "a.zip/inner/x.txt".
    QString path;
    QByteArray bytes;
};

struct Rejection
{
    QString bundle;
    QString path;
    QString reason;
};

struct ParsedEntity
{
    QString name;
    EntityType type = EntityType::Other;
    QStringList aliases;
};

struct ParsedEvent
{
    /// Curated and interchange events come as Confirmed; evidence without an article has sourceUrl/sourceLabel.
    Event event;
    /// For each entry of event.evidence: the bundle-relative path of the article file it quotes, or empty.
    QStringList evidenceArticleKeys;
    /// Entity name and role; the store resolves names to ids.
    QList<QPair<QString, QString>> entityRoles;
};

struct ParsedArticle
{
    /// No id yet; sha256, sourceFormat and one origin (path, or path#index for list and feed items) are set.
    Article article;
    QByteArray originalBytes;
    QStringList warnings;
};

using FileCallback = std::function<void(SourceFile&&)>;
using RejectionCallback = std::function<void(const Rejection&)>;
using ProgressCallback = std::function<void(qint64 bytesDone, qint64 filesDone)>;

} // namespace Kairos::Import
