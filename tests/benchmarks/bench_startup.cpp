// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up benchmark: time from process start to the main window painted on the demo workspace, and
// on a large synthetic workspace. Run it under a display or with QT_QPA_PLATFORM=offscreen.
// Usage: bench_startup [--events N]   (N events for the large workspace; default 1,000,000)
#include "mainwindow.h"
#include "pipeline/demoworkspace.h"
#include "store/bulkeventwriter.h"
#include "store/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace Kairos;

namespace {

/// Milliseconds since this process started, from the kernel's record of its start time.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = stat.readAll().split(' ');
    const double startTicks = fields.value(21).toDouble();
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double uptime = now.tv_sec + now.tv_nsec / 1e9;
    return (uptime - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

double paintedAfter(MainWindow& window)
{
    window.show();
    // grab() renders the whole window, as the first paint does.
    window.grab();
    QCoreApplication::processEvents();
    return 0;
}

bool buildLarge(const QString& path, int count)
{
    StoreError error;
    auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
    if (!workspace)
        return false;
    QRandomGenerator random(3);
    const TimePoint start = TimePoint::fromDate(2023, 1, 1);
    static const char* const types[] = {"approval", "export_control", "meeting", "statement", "report", "investment", "production", "deal"};
    BulkEventWriter writer(*workspace);
    for (int done = 0; done < count; done += 50000) {
        QList<Event> events;
        for (int i = done; i < std::min(count, done + 50000); ++i) {
            Event event;
            event.title = QStringLiteral("Synthetic event %1").arg(i);
            event.start = TimePoint::fromSeconds(start.seconds() + qint64(random.bounded(3 * 365 * 86400)));
            event.precision = DatePrecision::Day;
            event.type = QString::fromLatin1(types[i % 8]);
            events.append(event);
        }
        if (!writer.write(events))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int events = args.contains(QStringLiteral("--events")) ? args.at(args.indexOf(QStringLiteral("--events")) + 1).toInt() : 1000000;

    std::printf("%-34s %12s\n", "scenario", "ms");
    {
        // The first start builds the cached demo; later starts open it.
        QString error;
        QElapsedTimer timer;
        timer.start();
        MainWindow window;
        window.openDemo();
        paintedAfter(window);
        std::printf("%-34s %12.0f\n", "process start -> demo painted", msSinceProcessStart());
        std::printf("%-34s %12.0f\n", "  of which window + demo + paint", double(timer.elapsed()));
    }
    {
        QElapsedTimer timer;
        timer.start();
        MainWindow window;
        window.openDemo();
        paintedAfter(window);
        std::printf("%-34s %12.0f\n", "second window on the cached demo", double(timer.elapsed()));
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.kairos"));
    QElapsedTimer build;
    build.start();
    if (!buildLarge(path, events)) {
        std::fprintf(stderr, "could not build the large workspace\n");
        return 1;
    }
    std::printf("%-34s %12.0f\n", qPrintable(QStringLiteral("build %1-event workspace").arg(events)), double(build.elapsed()));
    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    window.openWorkspace(path);
    paintedAfter(window);
    std::printf("%-34s %12.0f\n", qPrintable(QStringLiteral("open %1 events, painted").arg(events)), double(timer.elapsed()));
    return 0;
}
