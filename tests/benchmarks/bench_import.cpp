// SPDX-License-Identifier: GPL-3.0-or-later
// Import benchmark: throughput (articles/s, MB/s) and peak memory of the import pipeline without
// extraction, on the largest shared corpus and on a synthetic bundle of many small articles, and how long
// undoing and redoing each import takes (Edit › Undo runs it in the window).
// Usage: bench_import [--articles N] [--extract] [--synthetic-dir DIR] [--only-synthetic]
#include "pipeline/extractorfactory.h"
#include "pipeline/importpipeline.h"
#include "store/importjournal.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace Kairos;

namespace {

double statusMegabytes(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

qint64 folderBytes(const QString& path)
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

/// Synthetic articles of about 3 KB each, 1,000 per folder, as plain text files with dated names.
void writeSynthetic(const QString& root, int count)
{
    static const char* const words[] = {"export", "chip", "approval", "meeting", "China", "Nvidia", "tariff",
        "ministry", "output", "demand", "talks", "package", "subsidy", "decision", "report", "control"};
    QRandomGenerator random(7);
    for (int i = 0; i < count; ++i) {
        const QString folder = root + QStringLiteral("/part%1").arg(i / 1000, 3, 10, QLatin1Char('0'));
        if (i % 1000 == 0)
            QDir().mkpath(folder);
        QByteArray text = "Synthetic article " + QByteArray::number(i) + "\n\n";
        while (text.size() < 3000) {
            for (int w = 0; w < 14; ++w) {
                text += words[random.bounded(16)];
                text += ' ';
            }
            text += "on December " + QByteArray::number(1 + i % 28) + ".\n";
        }
        QFile file(
            folder + QStringLiteral("/2025-12-%1-article-%2.txt").arg(1 + i % 28, 2, 10, QLatin1Char('0')).arg(i));
        if (file.open(QIODevice::WriteOnly))
            file.write(text);
    }
}

void run(const char* name, const QString& input, bool extract)
{
    QTemporaryDir dir;
    StoreError error;
    auto workspace
        = Workspace::open(dir.filePath(QStringLiteral("bench.kairos")), Workspace::OpenMode::CreateIfMissing, &error);
    // A folder of 100,000 articles is a legitimate drop; the default entry cap is meant for archives from elsewhere.
    Import::ImportLimits limits;
    limits.maxEntries = 1000000;
    limits.maxTotalBytes = 4LL * 1024 * 1024 * 1024;
    ImportPipeline pipeline(*workspace, limits);
    if (extract)
        pipeline.setExtractor(defaultExtractor());
    const qint64 bytes = QFileInfo(input).isDir() ? folderBytes(input) : QFileInfo(input).size();
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = pipeline.run({input});
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double peak = statusMegabytes("VmHWM:");
    double undo = -1;
    double redo = -1;
    if (report.journal) {
        timer.restart();
        if (report.journal->undo(*workspace))
            undo = timer.nsecsElapsed() / 1e9;
        timer.restart();
        if (undo >= 0 && report.journal->redo(*workspace))
            redo = timer.nsecsElapsed() / 1e9;
    }
    std::printf("%-28s %9d %9.1f %10.0f %8.1f %9.1f %7d %7.2f %7.2f\n", name, report.articlesAdded, bytes / 1e6,
        report.articlesAdded / seconds, bytes / 1e6 / seconds, peak, int(report.errors.size()), undo, redo);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int synthetic = args.contains(QStringLiteral("--articles"))
        ? args.at(args.indexOf(QStringLiteral("--articles")) + 1).toInt()
        : 100000;
    const bool extract = args.contains(QStringLiteral("--extract"));
    std::printf("%-28s %9s %9s %10s %8s %9s %7s %7s %7s\n", "bundle", "articles", "MB", "art/s", "MB/s", "peak MB",
        "errors", "undo s", "redo s");
    const bool onlySynthetic = args.contains(QStringLiteral("--only-synthetic"));
    if (!onlySynthetic) {
        run("reuters21578 SGML (corpus)", QStringLiteral(KAIROS_SHARED_DIR "/corpora/reuters21578"), extract);
        run("reuters21578-json (corpus)", QStringLiteral(KAIROS_SHARED_DIR "/corpora/reuters21578-json"), extract);
        run("wikipedia 2025q4 (corpus)", QStringLiteral(KAIROS_SHARED_DIR "/corpora/wikipedia-current-events-2025q4"),
            extract);
    }
    // --synthetic-dir keeps the generated bundle between runs (for profiling the import alone).
    QTemporaryDir temporary;
    const bool keep = args.contains(QStringLiteral("--synthetic-dir"));
    const QString bundle = keep ? args.at(args.indexOf(QStringLiteral("--synthetic-dir")) + 1) : temporary.path();
    if (!keep || !QFileInfo::exists(bundle + QStringLiteral("/part000")))
        writeSynthetic(bundle, synthetic);
    run(qPrintable(QStringLiteral("synthetic %1 x 3 KB txt").arg(synthetic)), bundle, extract);
    return 0;
}
