// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoworkspace.h"

#include "extractorfactory.h"
#include "importpipeline.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLockFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

static void initDemoResources()
{
    Q_INIT_RESOURCE(kairos_demo);
}

namespace Kairos {

namespace {

const QString demoRoot = QStringLiteral(":/kairos/demo");

/// Changes whenever the embedded bundle does, so an updated demo replaces the cached one.
QByteArray demoFingerprint()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QDirIterator it(demoRoot, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString& path : std::as_const(files)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            hash.addData(path.toUtf8());
            hash.addData(file.readAll());
        }
    }
    // A rebuilt program may extract differently: its build time is part of the fingerprint too.
    hash.addData(
        QFileInfo(QCoreApplication::applicationFilePath()).lastModified().toString(Qt::ISODateWithMs).toUtf8());
    return hash.result().toHex().left(12);
}

bool copyDemoBundle(const QString& target, QString* error)
{
    QDirIterator it(demoRoot, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = source.mid(demoRoot.size() + 1);
        const QString destination = target + QLatin1Char('/') + relative;
        QDir().mkpath(QFileInfo(destination).absolutePath());
        if (!QFile::copy(source, destination)) {
            *error = QCoreApplication::translate("Demo", "Cannot unpack the demo bundle into %1.").arg(target);
            return false;
        }
    }
    return true;
}

} // namespace

QString ensureDemoWorkspace(QString* error)
{
    initDemoResources();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("Demo", "Cannot create the folder %1.").arg(folder);
        return {};
    }
    const QString path = folder + QStringLiteral("/demo-%1.kairos").arg(QString::fromLatin1(demoFingerprint()));
    // Two Kairos processes starting at once must not both build it.
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(60000);
    lock.lock();
    if (QFileInfo::exists(path))
        return path;

    QTemporaryDir unpacked;
    // The folder's name is what the article list shows as the bundle.
    const QString bundleFolder = unpacked.filePath(QStringLiteral("kairos-demo-h200"));
    if (!unpacked.isValid() || !copyDemoBundle(bundleFolder, error))
        return {};
    // Built under a temporary name and renamed, so an interrupted build never looks finished.
    const QString building = path + QStringLiteral(".building");
    QFile::remove(building);
    {
        StoreError storeError;
        auto workspace = Workspace::open(building, Workspace::OpenMode::CreateIfMissing, &storeError);
        if (!workspace) {
            *error = storeError.message;
            return {};
        }
        ImportPipeline pipeline(*workspace);
        pipeline.setExtractor(defaultExtractor());
        const ImportReport report = pipeline.run({bundleFolder});
        if (!report.fatalError.isEmpty() || report.articlesAdded == 0) {
            *error = QCoreApplication::translate("Demo", "The demo bundle could not be imported: %1")
                         .arg(report.fatalError.isEmpty() ? report.summary() : report.fatalError);
            workspace.reset();
            QFile::remove(building);
            return {};
        }
        QSqlQuery(workspace->database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile::remove(building + QStringLiteral("-wal"));
    QFile::remove(building + QStringLiteral("-shm"));
    if (!QFile::rename(building, path)) {
        *error = QCoreApplication::translate("Demo", "Cannot write the demo workspace to %1.").arg(path);
        return {};
    }
    // Demos built by earlier versions are of no use any more.
    const QFileInfoList old = QDir(folder).entryInfoList({QStringLiteral("demo-*.kairos*")}, QDir::Files);
    for (const QFileInfo& file : old) {
        if (!file.absoluteFilePath().startsWith(path))
            QFile::remove(file.absoluteFilePath());
    }
    return path;
}

} // namespace Kairos
