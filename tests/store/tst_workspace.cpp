// SPDX-License-Identifier: GPL-3.0-or-later
#include "testworkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kairos;

namespace {

Article makeArticle(const QString& title, const QString& body, const QString& url = {})
{
    Article article;
    article.title = title;
    article.body = body;
    article.outlet = QStringLiteral("Demo Wire");
    article.url = url;
    article.published = TimePoint::fromDate(2025, 12, 12);
    article.publishedPrecision = DatePrecision::Day;
    article.language = QStringLiteral("en");
    article.sha256 = QString::number(qHash(title + body), 16).rightJustified(64, QLatin1Char('0'));
    article.sourceFormat = QStringLiteral("txt");
    article.origins.append({QStringLiteral("bundle.zip"), QStringLiteral("a/") + title + QStringLiteral(".txt"), {}});
    return article;
}

Event makeEvent(const QString& title, TimePoint start)
{
    Event event;
    event.title = title;
    event.start = start;
    event.precision = DatePrecision::Day;
    event.type = QStringLiteral("approval");
    event.modality = Modality::Announced;
    event.status = ReviewStatus::Proposed;
    event.confidence = 0.8;
    return event;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void articlesRoundTripAndDeduplicate_data() { KAIROS_BACKEND_ROWS(); }
    void articlesRoundTripAndDeduplicate()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        // Quotes, backslashes, SQL and markup go in and come out byte for byte.
        Article article = makeArticle(QStringLiteral("It's \"quoted\" \\ '); DROP TABLE articles; -- <b>x</b>"),
            QStringLiteral("Body with ünïcödé, 中文 and 한국어.\nSecond line."),
            QStringLiteral("https://example.org/a"));
        QVERIFY2(workspace->insertArticle(article, QByteArrayLiteral("raw \x00 bytes")),
            qPrintable(workspace->lastError().message));
        QVERIFY(article.id > 0);
        const std::optional<Article> back = workspace->article(article.id);
        QVERIFY(back);
        QCOMPARE(back->title, article.title);
        QCOMPARE(back->body, article.body);
        QCOMPARE(back->published, article.published);
        QCOMPARE(back->origins.size(), 1);
        QCOMPARE(back->origins.first().path, article.origins.first().path);
        QCOMPARE(workspace->articleSource(article.id), QByteArrayLiteral("raw \x00 bytes"));

        QCOMPARE(workspace->findArticle(article.sha256, {}), std::optional<qint64>(article.id));
        QCOMPARE(workspace->findArticle(QStringLiteral("other"), QStringLiteral("https://example.org/a")),
            std::optional<qint64>(article.id));
        QVERIFY(!workspace->findArticle(QStringLiteral("other"), {}));
        // A second origin for the same article is recorded once.
        const ArticleOrigin second {QStringLiteral("other-bundle"), QStringLiteral("x.txt"), {}};
        QVERIFY(workspace->addArticleOrigin(article.id, second));
        QVERIFY(workspace->addArticleOrigin(article.id, second));
        QCOMPARE(workspace->article(article.id)->origins.size(), 2);
        QCOMPARE(workspace->stats().articles, qint64(1));
        QCOMPARE(workspace->searchArticles(QStringLiteral("ünïcödé")), QList<qint64>({article.id}));
    }

    void longBodiesRoundTripWithEveryKindOfCharacter_data() { KAIROS_BACKEND_ROWS(); }
    void longBodiesRoundTripWithEveryKindOfCharacter()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        // The body is stored as UTF-8 written in pieces of 65,536 characters: an emoji (two UTF-16 units)
        // across the seam between two pieces, and one- to four-byte characters throughout.
        const QString words = QStringLiteral("Plain ascii, ünïcödé, 中文, 한국어 and \U0001F680. ");
        QString body;
        while (body.size() < 60000)
            body += words;
        body += QString(65535 - body.size(), QLatin1Char('x'));
        body += QStringLiteral("\U0001F680 after the seam 中文");
        while (body.size() < 3 * 65536)
            body += words;
        const Article stored = [&] {
            Article article = makeArticle(QStringLiteral("Long"), body);
            return workspace->insertArticle(article, {}) ? article : Article {};
        }();
        QVERIFY2(stored.id > 0, qPrintable(workspace->lastError().message));
        const std::optional<Article> back = workspace->article(stored.id);
        QVERIFY(back);
        QCOMPARE(back->body.size(), body.size());
        QVERIFY(back->body == body);
        QCOMPARE(workspace->searchArticles(QStringLiteral("seam")), QList<qint64> {stored.id});
    }

    void eventsRoundTrip_data() { KAIROS_BACKEND_ROWS(); }
    void eventsRoundTrip()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        Article article = makeArticle(QStringLiteral("Source"), QStringLiteral("The US permits exports. Then more."));
        QVERIFY2(workspace->insertArticle(article, {}), qPrintable(workspace->lastError().message));
        Entity nvidia {0, QStringLiteral("Nvidia"), EntityType::Organisation,
            {QStringLiteral("the company"), QStringLiteral("NVIDIA Corp")}, 0};
        QVERIFY2(workspace->insertEntity(nvidia), qPrintable(workspace->lastError().message));

        Event event = makeEvent(QStringLiteral("US permits H200 exports to China"), TimePoint::fromDate(2025, 12, 8));
        event.end = TimePoint::fromDate(2025, 12, 9);
        event.notAfter = TimePoint::fromDate(2025, 12, 13);
        event.reported = TimePoint::fromDate(2025, 12, 12);
        event.attribution = QStringLiteral("U.S. officials");
        event.summary = QStringLiteral("Summary with 'quotes'");
        event.attributes
            = QJsonObject {{QStringLiteral("amount"), 7e10}, {QStringLiteral("currency"), QStringLiteral("USD")}};
        event.evidence.append({0, article.id, 0, 23, QStringLiteral("The US permits exports."), {}, {}});
        event.evidence.append({0, 0, 0, 0, QStringLiteral("From a timeline"), QStringLiteral("https://example.org/t"),
            QStringLiteral("Timeline")});
        event.entities.append({nvidia.id, QStringLiteral("object")});
        QSignalSpy inserted(workspace.get(), &Workspace::eventsInserted);
        QVERIFY2(workspace->insertEvent(event), qPrintable(workspace->lastError().message));
        QCOMPARE(inserted.count(), 1);

        const std::optional<Event> back = workspace->event(event.id);
        QVERIFY(back);
        QCOMPARE(back->title, event.title);
        QCOMPARE(back->start, event.start);
        QCOMPARE(back->end, event.end);
        QCOMPARE(back->notAfter, event.notAfter);
        QVERIFY(!back->notBefore);
        QCOMPARE(back->reported, event.reported);
        QCOMPARE(back->modality, Modality::Announced);
        QCOMPARE(back->attribution, event.attribution);
        QCOMPARE(back->summary, event.summary);
        QCOMPARE(back->attributes, event.attributes);
        QCOMPARE(back->evidence.size(), 2);
        QCOMPARE(back->evidence.at(0).articleId, article.id);
        QVERIFY(!back->evidence.at(1).hasArticle());
        QCOMPARE(back->evidence.at(1).sourceUrl, QStringLiteral("https://example.org/t"));
        QCOMPARE(back->entities.size(), 1);
        QCOMPARE(workspace->eventsForArticle(article.id).size(), 1);
        QCOMPARE(workspace->eventIdsForEntities({nvidia.id}), QList<qint64>({event.id}));
        QCOMPARE(workspace->searchEvents(QStringLiteral("h200 expo")), QList<qint64>({event.id}));
        QCOMPARE(workspace->searchEvents(QStringLiteral("\"unbalanced OR ) NEAR(")), QList<qint64>());

        const std::optional<EventRow> row = workspace->eventRow(event.id);
        QVERIFY(row);
        QCOMPARE(row->entityNames, QStringLiteral("Nvidia"));
        QCOMPARE(row->outlet, QStringLiteral("Demo Wire"));
        QCOMPARE(row->evidenceCount, 2);
    }

    void concurrentEditsConflict_data() { KAIROS_BACKEND_ROWS(); }
    void concurrentEditsConflict()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        Event first = makeEvent(QStringLiteral("First"), TimePoint::fromDate(2025, 1, 1));
        Event second = makeEvent(QStringLiteral("Second"), TimePoint::fromDate(2025, 1, 2));
        QVERIFY2(workspace->insertEvent(first), qPrintable(workspace->lastError().message));
        QVERIFY2(workspace->insertEvent(second), qPrintable(workspace->lastError().message));
        StoreError error;
        const std::unique_ptr<Workspace> other = workspace->openAnother(&error);
        QVERIFY2(other, qPrintable(error.message));

        // Different events: both edits stay.
        Event mineA = *workspace->event(first.id);
        Event theirsB = *other->event(second.id);
        mineA.title = QStringLiteral("First, edited by me");
        theirsB.title = QStringLiteral("Second, edited by them");
        QVERIFY2(workspace->updateEvent(mineA), qPrintable(workspace->lastError().message));
        QVERIFY(other->updateEvent(theirsB));
        QCOMPARE(workspace->event(second.id)->title, theirsB.title);
        QCOMPARE(other->event(first.id)->title, mineA.title);

        // The same event: the later save is refused with a conflict, the first one stays.
        Event mine = *workspace->event(first.id);
        Event theirs = *other->event(first.id);
        mine.title = QStringLiteral("Mine");
        theirs.title = QStringLiteral("Theirs");
        QVERIFY(other->updateEvent(theirs));
        QVERIFY(!workspace->updateEvent(mine));
        QCOMPARE(workspace->lastError().kind, StoreError::Conflict);
        QVERIFY(workspace->lastError().message.contains(QLatin1String("someone else")));
        QCOMPARE(workspace->event(first.id)->title, QStringLiteral("Theirs"));
    }

    void entitiesAliasesAndMerge_data() { KAIROS_BACKEND_ROWS(); }
    void entitiesAliasesAndMerge()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        Entity xi {0, QStringLiteral("Xi Jinping"), EntityType::Person,
            {QStringLiteral("Chairman Xi"), QStringLiteral("Xi")}, 0};
        Entity dup {0, QStringLiteral("President Xi"), EntityType::Person, {}, 0};
        QVERIFY2(workspace->insertEntity(xi), qPrintable(workspace->lastError().message));
        QVERIFY2(workspace->insertEntity(dup), qPrintable(workspace->lastError().message));
        QCOMPARE(workspace->findEntity(QStringLiteral("chairman xi"))->id, xi.id);
        QCOMPARE(workspace->findEntity(QStringLiteral("XI JINPING"))->id, xi.id);
        Article article = makeArticle(QStringLiteral("A"), QStringLiteral("President Xi spoke."));
        QVERIFY2(workspace->insertArticle(article, {}), qPrintable(workspace->lastError().message));
        QList<Mention> mentions {{0, article.id, dup.id, 0, 12}};
        QVERIFY2(workspace->insertMentions(mentions), qPrintable(workspace->lastError().message));
        Event event = makeEvent(QStringLiteral("Xi speaks"), TimePoint::fromDate(2025, 12, 1));
        event.entities.append({dup.id, QStringLiteral("actor")});
        QVERIFY2(workspace->insertEvent(event), qPrintable(workspace->lastError().message));

        QVERIFY2(workspace->mergeEntities(xi.id, dup.id), qPrintable(workspace->lastError().message));
        QVERIFY(!workspace->entity(dup.id));
        QCOMPARE(workspace->findEntity(QStringLiteral("President Xi"))->id, xi.id);
        QCOMPARE(workspace->mentionsInArticle(article.id).first().entityId, xi.id);
        QCOMPARE(workspace->event(event.id)->entities.first().entityId, xi.id);
        QCOMPARE(workspace->entityCounts().value(xi.id).mentions, qint64(1));
        QCOMPARE(workspace->entityCounts().value(xi.id).events, qint64(1));

        Entity stale = *workspace->entity(xi.id);
        Entity fresh = stale;
        fresh.type = EntityType::Government;
        QVERIFY2(workspace->updateEntity(fresh), qPrintable(workspace->lastError().message));
        stale.name = QStringLiteral("Stale");
        QVERIFY(!workspace->updateEntity(stale));
        QCOMPARE(workspace->lastError().kind, StoreError::Conflict);
    }

    void pagingOrdersByTimeThenId_data() { KAIROS_BACKEND_ROWS(); }
    void pagingOrdersByTimeThenId()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        QVERIFY2(workspace->beginTransaction(), qPrintable(workspace->lastError().message));
        for (int i = 0; i < 25; ++i) {
            Event event = makeEvent(QStringLiteral("E%1").arg(i), TimePoint::fromDate(2025, 1, 1 + (i * 7) % 28));
            if (i % 5 == 0)
                event.start.reset(); // undated events go last
            QVERIFY2(workspace->insertEvent(event), qPrintable(workspace->lastError().message));
        }
        QVERIFY2(workspace->commitTransaction(), qPrintable(workspace->lastError().message));
        QList<EventRow> all;
        EventRowCursor cursor;
        for (;;) {
            const QList<EventRow> page = workspace->eventRows(cursor, 4);
            QVERIFY2(!workspace->lastError().isError(), qPrintable(workspace->lastError().message));
            if (page.isEmpty())
                break;
            all += page;
            cursor = {page.last().sortKey, page.last().id};
        }
        QCOMPARE(all.size(), 25);
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).sortKey < all.at(i).sortKey
                || (all.at(i - 1).sortKey == all.at(i).sortKey && all.at(i - 1).id < all.at(i).id));
        QVERIFY(!all.last().start);
    }

    void failedTransactionLeavesNothing_data() { KAIROS_BACKEND_ROWS(); }
    void failedTransactionLeavesNothing()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        {
            WorkspaceTransaction transaction(*workspace);
            Event event = makeEvent(QStringLiteral("Half"), TimePoint::fromDate(2025, 1, 1));
            QVERIFY2(workspace->insertEvent(event), qPrintable(workspace->lastError().message));
            event.evidence.append({0, 424242, 0, 1, QStringLiteral("x"), {}, {}}); // no such article
            event.id = 0;
            QVERIFY(!workspace->insertEvent(event));
            QVERIFY(!transaction.commit());
        }
        QCOMPARE(workspace->stats().events, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
