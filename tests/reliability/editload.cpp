// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst of tst_concurrentwriters: edits and adds events in one workspace for a given time, as fast as
// the store lets it, and writes down each save, so that the test can look for every one of them afterwards.
//
//   reliability_editor WORKSPACE RECORD SECONDS SEED
//
// RECORD gets one line per save: "<ms since the epoch>\t<insert|update>\t<id>\t<version>\t<title>", or
// "<ms>\terror\t<id>\t<kind>\t<message>" for a save that failed. Exit status 0 when every save went through.
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>

using namespace Kairos;

namespace {

QList<qint64> eventIds(Workspace& workspace)
{
    QList<qint64> ids;
    EventRowCursor cursor;
    for (;;) {
        const QList<EventRow> page = workspace.eventRows(cursor, 5000);
        for (const EventRow& row : page)
            ids << row.id;
        if (page.size() < 5000)
            return ids;
        cursor = {page.last().sortKey, page.last().id};
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        QTextStream(stderr) << "usage: reliability_editor WORKSPACE RECORD SECONDS SEED\n";
        return 2;
    }
    StoreError error;
    const auto workspace = Workspace::open(args.at(1), Workspace::OpenMode::MustExist, &error);
    if (!workspace) {
        QTextStream(stderr) << error.message << '\n';
        return 1;
    }
    QFile recordFile(args.at(2));
    if (!recordFile.open(QIODevice::WriteOnly | QIODevice::Text)) {
        QTextStream(stderr) << recordFile.errorString() << '\n';
        return 1;
    }
    QTextStream record(&recordFile);
    const auto note = [&](const QString& what, qint64 id, const QString& detail, const QString& text) {
        record
            << QDateTime::currentMSecsSinceEpoch() << '\t' << what << '\t' << id << '\t' << detail << '\t'
            << QString(text).replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '))
            << '\n';
        record.flush();
    };

    QRandomGenerator random(args.at(4).toUInt());
    QDeadlineTimer deadline(args.at(3).toInt() * 1000);
    QList<qint64> ids = eventIds(*workspace);
    int saves = 0;
    int failures = 0;
    for (int n = 1; !deadline.hasExpired(); ++n) {
        // Now and then the events the import added since are taken into the pool of those to edit.
        if (n % 50 == 0)
            ids = eventIds(*workspace);
        bool saved = false;
        qint64 id = 0;
        if (ids.isEmpty() || random.bounded(4) == 0) {
            Event event;
            event.title = QStringLiteral("Added by the analyst, #%1").arg(n);
            event.start = TimePoint::fromSeconds(1735689600 + qint64(random.bounded(365)) * 86400);
            event.precision = DatePrecision::Day;
            event.type = QStringLiteral("meeting");
            event.status = ReviewStatus::Confirmed;
            event.summary = QStringLiteral("Written while an import runs.");
            saved = workspace->insertEvent(event);
            id = event.id;
            if (saved)
                note(QStringLiteral("insert"), id, QString::number(event.version), event.title);
        } else {
            id = ids.at(int(random.bounded(quint32(ids.size()))));
            std::optional<Event> event = workspace->event(id);
            if (!event) {
                note(QStringLiteral("error"), id, QStringLiteral("missing"), QStringLiteral("the event is gone"));
                ++failures;
                continue;
            }
            event->title = QStringLiteral("Edited by the analyst, #%1 (was event %2)").arg(n).arg(id);
            event->status = ReviewStatus::Confirmed;
            saved = workspace->updateEvent(*event);
            if (saved)
                note(QStringLiteral("update"), id, QString::number(event->version), event->title);
        }
        if (saved) {
            ++saves;
        } else {
            note(QStringLiteral("error"), id, QString::number(int(workspace->lastError().kind)),
                workspace->lastError().message);
            ++failures;
        }
        // An analyst pauses between saves; a few milliseconds keep the pressure high all the same.
        QThread::msleep(random.bounded(5));
    }
    QTextStream(stdout) << saves << " saves, " << failures << " failed\n";
    return failures == 0 ? 0 : 3;
}
