// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlewalker.h"

#include "archivereader.h"
#include "walkbudget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Kairos::Import {

namespace {

const QLatin1String ManifestName("bundle.json");

bool isMacMetadata(const QString& name)
{
    return name == QLatin1String("__MACOSX") || name.startsWith(QLatin1String("._"))
        || name == QLatin1String(".DS_Store");
}

} // namespace

BundleWalker::BundleWalker(const ImportLimits& limits)
    : m_limits(limits)
{ }

bool BundleWalker::walk(const QStringList& inputs, const FileCallback& onFile, const RejectionCallback& onRejected,
    const std::atomic_bool* cancel, const ProgressCallback& progress) const
{
    WalkBudget budget(m_limits, cancel, progress);
    for (const QString& input : inputs) {
        if (budget.cancelled())
            return false;
        budget.resetForBundle();
        const QFileInfo info(input);
        bool goOn = true;
        if (info.isSymLink() && info.isDir()) {
            onRejected(Rejection {input, QString(), QStringLiteral("symbolic link to a folder, not followed")});
        } else if (info.isDir()) {
            // The manifest goes first so that its per-file overrides are known for every article.
            const QString manifest = QDir(input).filePath(ManifestName);
            if (QFileInfo(manifest).isFile() && !QFileInfo(manifest).isSymLink())
                goOn = walkFile(input, manifest, ManifestName, budget, onFile, onRejected);
            if (goOn)
                goOn = walkFolder(input, input, QString(), 1, budget, onFile, onRejected);
        } else if (info.exists()) {
            goOn = walkFile(input, input, info.fileName(), budget, onFile, onRejected);
        } else {
            onRejected(Rejection {input, QString(), QStringLiteral("no such file or folder")});
        }
        if (!goOn && budget.cancelled())
            return false;
    }
    return !budget.cancelled();
}

bool BundleWalker::walkFolder(const QString& bundle, const QString& folder, const QString& relative, int depth,
    WalkBudget& budget, const FileCallback& onFile, const RejectionCallback& onRejected) const
{
    const QDir dir(folder);
    if (!dir.isReadable()) {
        onRejected(Rejection {bundle, relative, QStringLiteral("folder cannot be read (permission denied)")});
        return true;
    }
    const QFileInfoList children
        = dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    for (const QFileInfo& child : children) {
        if (budget.cancelled())
            return false;
        const QString path = relative.isEmpty() ? child.fileName() : relative + QLatin1Char('/') + child.fileName();
        if (depth == 1 && path == ManifestName && child.isFile() && !child.isSymLink())
            continue; // already handed out first
        if (isMacMetadata(child.fileName()))
            continue;
        if (child.isSymLink()) {
            // Following links could read outside the bundle or loop forever.
            onRejected(Rejection {bundle, path, QStringLiteral("symbolic link, not followed")});
            continue;
        }
        if (child.isDir()) {
            if (depth >= m_limits.maxPathDepth) {
                onRejected(Rejection {bundle, path,
                    QStringLiteral("folder nested deeper than %1 levels, skipped").arg(m_limits.maxPathDepth)});
                continue;
            }
            if (!walkFolder(bundle, child.filePath(), path, depth + 1, budget, onFile, onRejected))
                return false;
            continue;
        }
        if (!walkFile(bundle, child.filePath(), path, budget, onFile, onRejected))
            return false;
    }
    return true;
}

bool BundleWalker::walkFile(const QString& bundle, const QString& filePath, const QString& relative, WalkBudget& budget,
    const FileCallback& onFile, const RejectionCallback& onRejected) const
{
    const QFileInfo info(filePath);
    if (!info.isFile()) {
        onRejected(
            Rejection {bundle, relative, QStringLiteral("not a regular file (device, pipe or socket), skipped")});
        return true;
    }
    const bool archive = ArchiveReader::looksLikeArchive(info.fileName(), QByteArray());
    // Archives may hold up to the bundle total; plain files are capped per file before reading.
    const qint64 cap = archive ? m_limits.maxTotalBytes : m_limits.maxEntryBytes;
    if (info.size() > cap) {
        onRejected(Rejection {
            bundle, relative, QStringLiteral("file is larger than the %1 MB limit").arg(cap / (1024 * 1024))});
        return true;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        onRejected(Rejection {bundle, relative, QStringLiteral("cannot be read: %1").arg(file.errorString())});
        return true;
    }
    // A dropped archive may be as large as the bundle's total: it is decompressed from the file as it is read,
    // so that memory holds one entry at a time, never the whole archive.
    const QString prefix = relative == info.fileName() && filePath == bundle ? QString() : relative;
    if (archive) {
        file.close();
        ArchiveReader reader(m_limits, budget, onFile, onRejected);
        return reader.readFile(bundle, prefix, filePath, 1);
    }
    // A buffer of the file's own size: QIODevice::read(n) rounds its buffer up to the next power of two.
    QByteArray bytes(qsizetype(std::min(cap + 1, info.size() + 1)), Qt::Uninitialized);
    bytes.truncate(std::max<qint64>(0, file.read(bytes.data(), bytes.size())));
    if (bytes.size() > info.size() && bytes.size() <= cap)
        bytes += file.read(cap + 1 - bytes.size()); // the file grew while it was read
    if (bytes.size() > cap) {
        onRejected(Rejection {bundle, relative,
            QStringLiteral("file grew past the %1 MB limit while being read").arg(cap / (1024 * 1024))});
        return true;
    }
    if (file.error() != QFileDevice::NoError) {
        onRejected(Rejection {bundle, relative, QStringLiteral("read error: %1").arg(file.errorString())});
        return true;
    }
    if (ArchiveReader::looksLikeArchive(info.fileName(), bytes.left(512))) {
        ArchiveReader reader(m_limits, budget, onFile, onRejected);
        // A dropped archive is the bundle itself: its entries need no prefix.
        return reader.read(bundle, prefix, bytes, 1);
    }
    // Archives count their members, not themselves.
    if (!budget.takeEntry()) {
        onRejected(Rejection {bundle, relative,
            QStringLiteral("more than %1 entries; the rest of the bundle is skipped").arg(m_limits.maxEntries)});
        return false;
    }
    if (!budget.takeBytes(bytes.size())) {
        onRejected(Rejection {bundle, relative,
            QStringLiteral("bundle exceeds the %1 MB total limit; the rest is skipped")
                .arg(m_limits.maxTotalBytes / (1024 * 1024))});
        return false;
    }
    onFile(SourceFile {bundle, relative, std::move(bytes)});
    budget.fileDone();
    return true;
}

} // namespace Kairos::Import
