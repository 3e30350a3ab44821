// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importtypes.h"

namespace Kairos::Import {

class WalkBudget;

/// Reads an archive, from a file or held in memory, through libarchive and hands out its regular files. Nothing
/// is written to disk; links, devices and paths that would leave the bundle are reported, not followed.
class ArchiveReader
{
public:
    ArchiveReader(const ImportLimits& limits, WalkBudget& budget, const FileCallback& onFile,
        const RejectionCallback& onRejected);

    /// Whether bytes (or the name) look like an archive libarchive should open.
    static bool looksLikeArchive(const QString& name, const QByteArray& head);

    /// `prefix` is the archive's own path inside the bundle ("" for a dropped archive); `level` is 1
    /// for a dropped archive. Returns false when walking must stop (cancelled or a bundle-wide limit).
    bool read(const QString& bundle, const QString& prefix, const QByteArray& data, int level);
    /// The same for an archive file, decompressed as it is read from disk rather than loaded whole: a dropped
    /// archive may be as large as the bundle's total limit, and only the entry being read is held in memory.
    bool readFile(const QString& bundle, const QString& prefix, const QString& filePath, int level);

private:
    /// Where an archive's bytes come from: `data` when it is held in memory, else the file at `filePath`.
    struct Source
    {
        const QByteArray* data = nullptr;
        QString filePath;
        qint64 size = 0;
    };
    bool readSource(const QString& bundle, const QString& prefix, const Source& source, int level);
    bool readPass(const QString& bundle, const QString& prefix, const Source& source, int level,
        const QString& manifestOnly, QString* manifestFound);
    void reject(const QString& bundle, const QString& path, const QString& reason) const;

    const ImportLimits& m_limits;
    WalkBudget& m_budget;
    const FileCallback& m_onFile;
    const RejectionCallback& m_onRejected;
};

/// Why an archive member's name must not be used, or an empty string when it is safe.
QString unsafePathReason(const QString& path, int maxDepth);

} // namespace Kairos::Import
