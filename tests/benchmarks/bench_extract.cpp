// SPDX-License-Identifier: GPL-3.0-or-later
// Extraction throughput on one core, in MB of article text per second, over the Reuters JSON
// stories and the Wikipedia day pages of the shared corpora. Usage: bench_extract [rounds]
#include "extract/extractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <ctime>

using namespace Kairos;
using namespace Kairos::Extract;

namespace {

struct Article
{
    QString title;
    QString body;
    std::optional<TimePoint> published;
};

QList<Article> reuters(const QString& dir)
{
    QList<Article> out;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonArray array = QJsonDocument::fromJson(f.readAll()).array();
        for (const QJsonValue& v : array) {
            const QJsonObject o = v.toObject();
            out.append({o.value(QLatin1String("title")).toString(), o.value(QLatin1String("body")).toString(),
                TimePoint::parseIso(o.value(QLatin1String("published")).toString())});
        }
    }
    return out;
}

QList<Article> dayPages(const QString& dir)
{
    QList<Article> out;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile f(QDir(dir).filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.append({name, QString::fromUtf8(f.readAll()), TimePoint::parseIso(name.left(10))});
    }
    return out;
}

void run(const Extractor& extractor, const char* label, const QList<Article>& articles, int rounds)
{
    qint64 bytes = 0;
    for (const Article& a : articles)
        bytes += a.body.toUtf8().size();
    qint64 events = 0;
    qint64 mentions = 0;
    QElapsedTimer timer;
    timer.start();
    // CPU time as well as wall time: on a shared machine the wall clock understates one core.
    const std::clock_t cpuStart = std::clock();
    for (int r = 0; r < rounds; ++r) {
        for (const Article& a : articles) {
            const ExtractionResult result = extractor.extract(a.title, a.body, a.published);
            events += result.events.size();
            mentions += result.mentions.size();
        }
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    const double mb = double(bytes) * rounds / 1e6;
    std::printf("| %-22s | %8lld | %8.2f | %8.3f | %8.2f | %8.2f | %9lld | %9lld |\n", label,
        static_cast<long long>(articles.size()), mb, seconds, mb / seconds, mb / cpu,
        static_cast<long long>(events / rounds), static_cast<long long>(mentions / rounds));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    QString error;
    const auto extractor = Extractor::createDefault(&error);
    if (!extractor) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString corpora = QStringLiteral(KAIROS_SHARED_DIR "/corpora");
    std::printf("| %-22s | %8s | %8s | %8s | %8s | %8s | %9s | %9s |\n", "corpus", "articles", "MB", "seconds", "MB/s",
        "MB/cpu-s", "events", "mentions");
    std::printf("|%s|\n", QByteArray(107, '-').constData());
    run(*extractor, "reuters21578-json", reuters(corpora + QStringLiteral("/reuters21578-json")), rounds);
    run(*extractor, "wikipedia day pages", dayPages(corpora + QStringLiteral("/wikipedia-current-events-2025q4")),
        rounds);
    return 0;
}
