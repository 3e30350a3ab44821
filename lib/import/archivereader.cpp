// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivereader.h"

#include "walkbudget.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace Kairos::Import {

namespace {

constexpr qint64 BlockSize = 64 * 1024;
// Ratios are only meaningful once enough has come out; tiny archives of repetitive text are fine.
constexpr qint64 RatioGraceBytes = 1024 * 1024;

struct ArchiveDeleter
{
    void operator()(archive* a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

QString archiveError(archive* a)
{
    const char* message = archive_error_string(a);
    return message ? QString::fromLocal8Bit(message) : QStringLiteral("unknown libarchive error");
}

ArchivePtr openArchive(const QByteArray* data, const QString& filePath, QString* error)
{
    ArchivePtr a(archive_read_new());
    archive_read_support_filter_all(a.get());
    archive_read_support_format_all(a.get());
    const int status = data ? archive_read_open_memory(a.get(), data->constData(), size_t(data->size()))
                            : archive_read_open_filename(a.get(), QFile::encodeName(filePath).constData(), BlockSize);
    if (status != ARCHIVE_OK) {
        *error = archiveError(a.get());
        return {};
    }
    return a;
}

QString entryName(archive_entry* entry)
{
    if (const char* utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    if (const char* raw = archive_entry_pathname(entry))
        return QString::fromLocal8Bit(raw);
    return {};
}

int depthOf(const QString& path)
{
    return int(path.split(QLatin1Char('/'), Qt::SkipEmptyParts).size());
}

bool isManifestName(const QString& path)
{
    return path == QLatin1String("bundle.json") || path.endsWith(QLatin1String("/bundle.json"));
}

} // namespace

QString unsafePathReason(const QString& path, int maxDepth)
{
    if (path.isEmpty())
        return QStringLiteral("entry has no name");
    if (path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('\\'))
        || (path.size() >= 2 && path.at(1) == QLatin1Char(':') && path.at(0).isLetter()))
        return QStringLiteral("absolute path in archive, not extracted");
    const QStringList parts = QString(path).replace(QLatin1Char('\\'), QLatin1Char('/')).split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (part == QLatin1String(".."))
            return QStringLiteral("path leads outside the bundle (\"..\"), not extracted");
    }
    if (parts.size() > maxDepth)
        return QStringLiteral("path is nested deeper than %1 folders").arg(maxDepth);
    return {};
}

ArchiveReader::ArchiveReader(
    const ImportLimits& limits, WalkBudget& budget, const FileCallback& onFile, const RejectionCallback& onRejected)
    : m_limits(limits)
    , m_budget(budget)
    , m_onFile(onFile)
    , m_onRejected(onRejected)
{ }

bool ArchiveReader::looksLikeArchive(const QString& name, const QByteArray& head)
{
    static const char* const suffixes[]
        = {".zip", ".tar", ".tgz", ".tar.gz", ".tar.xz", ".txz", ".tar.zst", ".tzst", ".tar.bz2", ".tbz2", ".7z"};
    const QString lower = name.toLower();
    for (const char* suffix : suffixes) {
        if (lower.endsWith(QLatin1String(suffix)))
            return true;
    }
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") || head.startsWith("7z\xBC\xAF\x27\x1C"))
        return true;
    if (head.size() >= 262 && head.mid(257, 5) == "ustar")
        return true;
    // Compressed streams are only taken for tarballs; a lone .gz of a text file is not a bundle.
    const bool compressed = head.startsWith("\x1F\x8B")
        || head.startsWith("\xFD"
                           "7zXZ")
        || head.startsWith("\x28\xB5\x2F\xFD") || head.startsWith("BZh");
    return compressed && lower.contains(QLatin1String(".tar"));
}

void ArchiveReader::reject(const QString& bundle, const QString& path, const QString& reason) const
{
    if (m_onRejected)
        m_onRejected(Rejection {bundle, path, reason});
}

bool ArchiveReader::read(const QString& bundle, const QString& prefix, const QByteArray& data, int level)
{
    return readSource(bundle, prefix, Source {&data, QString(), data.size()}, level);
}

bool ArchiveReader::readFile(const QString& bundle, const QString& prefix, const QString& filePath, int level)
{
    return readSource(bundle, prefix, Source {nullptr, filePath, QFileInfo(filePath).size()}, level);
}

bool ArchiveReader::readSource(const QString& bundle, const QString& prefix, const Source& source, int level)
{
    if (level > m_limits.maxArchiveNesting) {
        reject(bundle, prefix,
            QStringLiteral("archive nested more than %1 levels deep, not opened").arg(m_limits.maxArchiveNesting));
        return true;
    }
    // A first pass finds the shallowest bundle.json so overrides are known before the articles.
    QString manifest;
    if (!readPass(bundle, prefix, source, level, QStringLiteral("*find*"), &manifest))
        return false;
    if (!manifest.isEmpty() && !readPass(bundle, prefix, source, level, manifest, nullptr))
        return false;
    return readPass(bundle, prefix, source, level, QString(), &manifest);
}

bool ArchiveReader::readPass(const QString& bundle, const QString& prefix, const Source& source, int level,
    const QString& manifestOnly, QString* manifestFound)
{
    const bool findPass = manifestOnly == QLatin1String("*find*");
    const bool manifestPass = !manifestOnly.isEmpty() && !findPass;
    const QString self = prefix.isEmpty() ? QString() : prefix;
    QString openError;
    ArchivePtr a = openArchive(source.data, source.filePath, &openError);
    if (!a) {
        if (!findPass && !manifestPass)
            reject(bundle, self, QStringLiteral("corrupt, truncated or unsupported archive: %1").arg(openError));
        return true;
    }
    const auto joined
        = [&prefix](const QString& name) { return prefix.isEmpty() ? name : prefix + QLatin1Char('/') + name; };
    int bestDepth = INT_MAX;
    int entriesRead = 0;
    qint64 archiveOut = 0;
    const qint64 archiveIn = qMax<qint64>(source.size, 1);
    archive_entry* entry = nullptr;
    while (true) {
        if (m_budget.cancelled())
            return false;
        const int status = archive_read_next_header(a.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN) {
            if (!findPass && !manifestPass) {
                const QString detail = archiveError(a.get());
                reject(bundle, self,
                    entriesRead == 0 ? QStringLiteral("corrupt or unsupported archive: %1").arg(detail)
                                     : QStringLiteral("archive is truncated or corrupt after %1 entries (the "
                                                      "entries before the damage were read): %2")
                                           .arg(entriesRead)
                                           .arg(detail));
            }
            return true;
        }
        ++entriesRead;
        QString name = entryName(entry);
        while (name.startsWith(QLatin1String("./")))
            name = name.mid(2);
        const mode_t type = archive_entry_filetype(entry);
        if (findPass) {
            if (type == AE_IFREG && !archive_entry_hardlink(entry) && isManifestName(name)
                && unsafePathReason(name, m_limits.maxPathDepth).isEmpty() && depthOf(name) < bestDepth) {
                bestDepth = depthOf(name);
                *manifestFound = name;
            }
            continue;
        }
        if (manifestPass != (name == manifestOnly))
            continue;
        if (!manifestPass && manifestFound && !manifestFound->isEmpty() && name == *manifestFound)
            continue;
        if (type == AE_IFDIR)
            continue;
        const QString path = joined(name);
        if (!manifestPass && !m_budget.takeEntry()) {
            reject(bundle, self.isEmpty() ? path : self,
                QStringLiteral("more than %1 entries; the rest of the bundle is skipped").arg(m_limits.maxEntries));
            return false;
        }
        if (const QString unsafe = unsafePathReason(name, m_limits.maxPathDepth); !unsafe.isEmpty()) {
            reject(bundle, path, unsafe);
            continue;
        }
        if (archive_entry_hardlink(entry)) {
            reject(bundle, path, QStringLiteral("hard link in archive, not followed"));
            continue;
        }
        if (type == AE_IFLNK) {
            reject(bundle, path, QStringLiteral("symbolic link in archive, not followed"));
            continue;
        }
        if (type != AE_IFREG) {
            reject(bundle, path, QStringLiteral("device or special file in archive, skipped"));
            continue;
        }
        if (archive_entry_is_encrypted(entry)) {
            reject(bundle, path, QStringLiteral("encrypted archive entry, cannot be read"));
            continue;
        }
        QByteArray bytes;
        // What the header claims is only trusted up to the cap: the buffer then needs no regrowing.
        if (const la_int64_t claimed = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : 0; claimed > 0)
            bytes.reserve(qsizetype(std::min<qint64>(claimed, m_limits.maxEntryBytes)));
        QString problem;
        bool bundleLimit = false;
        char block[BlockSize];
        while (true) {
            if (m_budget.cancelled())
                return false;
            const la_ssize_t n = archive_read_data(a.get(), block, sizeof block);
            if (n == 0)
                break;
            if (n < 0) {
                problem = QStringLiteral("cannot decompress entry: %1").arg(archiveError(a.get()));
                break;
            }
            archiveOut += n;
            if (bytes.size() + n > m_limits.maxEntryBytes) {
                problem = QStringLiteral("entry is larger than the %1 MB limit per file")
                              .arg(m_limits.maxEntryBytes / (1024 * 1024));
                break;
            }
            if (!m_budget.takeBytes(n)) {
                problem = QStringLiteral("bundle exceeds the %1 MB total limit; the rest is skipped")
                              .arg(m_limits.maxTotalBytes / (1024 * 1024));
                bundleLimit = true;
                break;
            }
            if (archiveOut > RatioGraceBytes && double(archiveOut) / double(archiveIn) > m_limits.maxCompressionRatio) {
                problem = QStringLiteral("compression ratio above %1:1 (possible decompression bomb); the rest of the "
                                         "archive is skipped")
                              .arg(m_limits.maxCompressionRatio);
                bundleLimit = true;
                break;
            }
            bytes.append(block, n);
        }
        // A header that claimed more than came out must not leave its reservation held for as long as the file.
        if (bytes.capacity() - bytes.size() > std::max<qsizetype>(BlockSize, bytes.size() / 8))
            bytes.squeeze();
        if (!problem.isEmpty()) {
            reject(bundle, path, problem);
            if (bundleLimit)
                return !m_budget.totalExceeded();
            continue;
        }
        if (looksLikeArchive(name, bytes.left(512))) {
            if (!read(bundle, path, bytes, level + 1))
                return false;
            continue;
        }
        if (m_onFile)
            m_onFile(SourceFile {bundle, path, std::move(bytes)});
        m_budget.fileDone();
        if (manifestPass)
            return true;
    }
    if (!findPass && !manifestPass && entriesRead == 0 && source.size > 0)
        reject(bundle, self, QStringLiteral("archive holds no entries"));
    return true;
}

} // namespace Kairos::Import
