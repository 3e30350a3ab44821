// SPDX-License-Identifier: GPL-3.0-or-later
// A small workspace for the export tests: every precision, a range, an event known only by a bound, an
// undated one, one before year 1, a formula-like title, HTML and iCalendar special characters, CJK text.
#pragma once

#include "store/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace Kairos::Test {

struct ExportSample
{
    QList<Article> articles;
    QList<Entity> entities;
    QList<Event> events;

    const Event* byTitle(const QString& title) const
    {
        for (const Event& e : events) {
            if (e.title == title)
                return &e;
        }
        return nullptr;
    }
};

inline Article sampleArticle(const QString& title, const QString& body, const QString& outlet, const QString& url)
{
    Article a;
    a.title = title;
    a.body = body;
    a.outlet = outlet;
    a.url = url;
    a.published = TimePoint::fromDate(2025, 12, 12);
    a.publishedPrecision = DatePrecision::Day;
    a.language = QStringLiteral("en");
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex());
    a.sourceFormat = QStringLiteral("txt");
    a.origins.append({QStringLiteral("sample"), title + QStringLiteral(".txt"), {}});
    return a;
}

/// One event citing its own sentence of an article (the pipeline treats two events on one sentence as duplicates).
inline Event sampleEvent(const QString& title, std::optional<TimePoint> start, DatePrecision precision,
    const QString& type, const Article& article, const QString& sentence)
{
    Event e;
    e.title = title;
    e.start = start;
    e.precision = precision;
    e.type = type;
    e.status = ReviewStatus::Confirmed;
    e.confidence = 0.75;
    Evidence evidence;
    evidence.articleId = article.id;
    evidence.sentence = sentence;
    evidence.begin = int(article.body.indexOf(sentence));
    evidence.end = evidence.begin + int(sentence.size());
    e.evidence.append(evidence);
    return e;
}

inline bool fillExportSample(Workspace& workspace, ExportSample* sample)
{
    const QStringList sentences = {
        QStringLiteral("The US said on Monday it would allow H200 exports to China."),
        QStringLiteral("Trump said the deal was \"great\" <really> & fair; 25% goes to the US, he added."),
        QStringLiteral("Export rules tightened from October and stayed in force until December."),
        QStringLiteral("In 2022 the package first went to a vote."),
        QStringLiteral("In the week of 8 December officials met twice."),
        QStringLiteral("The fourth quarter saw record shipments."),
        QStringLiteral("By 12 December Chinese buyers had placed orders."),
        QStringLiteral("Someone, at some point, discussed it."),
        QStringLiteral("A spreadsheet formula was quoted as a title."),
        QStringLiteral("Ancient tariffs were levied around 500 BCE."),
        QStringLiteral("中国商务部于十二月十三日召开紧急会议，讨论英伟达H200芯片进口事宜并征求企业意见。"),
    };
    Article wire = sampleArticle(QStringLiteral("US permits H200 exports"), sentences.mid(0, 6).join(QLatin1Char(' ')),
        QStringLiteral("Demo Wire"), QStringLiteral("https://demo.kairos.invalid/wire/h200"));
    Article desk = sampleArticle(QStringLiteral("China weighs imports"), sentences.mid(6).join(QLatin1Char(' ')),
        QStringLiteral("Demo Asia Desk"), QString());
    Article unused = sampleArticle(QStringLiteral("An article no event cites"),
        QStringLiteral("Nothing happened here."), QStringLiteral("Demo Wire"), QString());
    for (Article* a : {&wire, &desk, &unused}) {
        if (!workspace.insertArticle(*a, a->body.toUtf8()))
            return false;
        sample->articles << *a;
    }
    Entity nvidia {0, QStringLiteral("Nvidia"), EntityType::Organisation, {QStringLiteral("NVIDIA Corporation")}, 0};
    Entity us {0, QStringLiteral("United States"), EntityType::Government, {}, 0};
    Entity loner {0, QStringLiteral("Nobody Inc"), EntityType::Organisation, {}, 0};
    for (Entity* e : {&nvidia, &us, &loner}) {
        if (!workspace.insertEntity(*e))
            return false;
        sample->entities << *e;
    }

    QList<Event> events;
    events << sampleEvent(QStringLiteral("US permits H200 exports to China"), TimePoint::fromDate(2025, 12, 8),
        DatePrecision::Day, QStringLiteral("approval"), wire, sentences.at(0));
    events.last().entities = {{nvidia.id, QStringLiteral("object")}, {us.id, QStringLiteral("actor")}};
    events.last().modality = Modality::Announced;
    events << sampleEvent(QStringLiteral("Trump calls deal \"great\" <b>& fair</b>; 25%, he says"),
        TimePoint::fromDate(2025, 12, 8, 14, 30), DatePrecision::Minute, QStringLiteral("statement"), wire,
        sentences.at(1));
    events.last().attribution = QStringLiteral("Donald Trump");
    events << sampleEvent(QStringLiteral("Export rules in force"), TimePoint::fromDate(2025, 10, 1),
        DatePrecision::Month, QStringLiteral("export_control"), wire, sentences.at(2));
    events.last().end = TimePoint::fromDate(2025, 12, 1);
    events << sampleEvent(QStringLiteral("Package first put to a vote"), TimePoint::fromDate(2022, 1, 1),
        DatePrecision::Year, QStringLiteral("investment"), wire, sentences.at(3));
    events << sampleEvent(QStringLiteral("Officials meet twice"), TimePoint::fromDate(2025, 12, 8), DatePrecision::Week,
        QStringLiteral("meeting"), wire, sentences.at(4));
    events << sampleEvent(QStringLiteral("Record shipments"), TimePoint::fromDate(2025, 10, 1), DatePrecision::Quarter,
        QStringLiteral("production"), wire, sentences.at(5));
    events << sampleEvent(QStringLiteral("Chinese buyers place orders"), std::nullopt, DatePrecision::Unknown,
        QStringLiteral("deal"), desk, sentences.at(6));
    events.last().notAfter = TimePoint::fromDate(2025, 12, 12);
    events.last().status = ReviewStatus::Proposed;
    events << sampleEvent(QStringLiteral("Talks at some point"), std::nullopt, DatePrecision::Unknown,
        QStringLiteral("meeting"), desk, sentences.at(7));
    events << sampleEvent(QStringLiteral("=HYPERLINK(\"x\")"), TimePoint::fromDate(2025, 12, 9), DatePrecision::Day,
        QStringLiteral("report"), desk, sentences.at(8));
    events.last().status = ReviewStatus::Rejected;
    events << sampleEvent(QStringLiteral("Ancient tariffs"), TimePoint::fromDate(-499, 1, 1), DatePrecision::Year,
        QStringLiteral("export_control"), desk, sentences.at(9));
    events << sampleEvent(QStringLiteral("商务部召开关于英伟达H200芯片进口的紧急会议并征求国内企业意见"),
        TimePoint::fromDate(2025, 12, 13, 9, 5), DatePrecision::Minute, QStringLiteral("meeting"), desk,
        sentences.at(10));
    events.last().summary = QStringLiteral("Line one,\nline two; with \\ backslash.");
    for (Event& e : events) {
        if (!workspace.insertEvent(e))
            return false;
        sample->events << e;
    }
    return true;
}

/// The names of the files in a folder, for checking that a failed export left nothing behind.
inline QStringList folderEntries(const QString& path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace Kairos::Test
