// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile text in every field that an analyst or a bundle can fill (checklist item 25): quotes, SQL, comment
// and wildcard characters, backslashes, control characters and emoji go into articles, entities, aliases,
// events, evidence, roles and notes, come back unchanged, are found by full-text and query-bar searches, and
// leave the schema alone. On SQLite and, when its test server runs, on PostgreSQL.
#include "models/eventfilterproxy.h"
#include "models/eventmodel.h"
#include "models/eventquery.h"
#include "testworkspace.h"

#include <QJsonObject>
#include <QTest>

using namespace Kairos;

namespace {

QString controlCharacters()
{
    QString text = QStringLiteral("controls:");
    for (char16_t c = 1; c < 0x20; ++c)
        text += QChar(c) + QStringLiteral("x");
    return text + QChar(0x7f) + QStringLiteral(" end");
}

struct Payload
{
    const char* name;
    QString text;
};

QList<Payload> payloads()
{
    return {
        {"quotes", QStringLiteral("It's \"quoted\", ''doubled'' and `ticked`")},
        {"injection", QStringLiteral("'); DROP TABLE events; --")},
        {"injection in double quotes", QStringLiteral("\"); DELETE FROM entities WHERE \"1\"=\"1")},
        {"comments and semicolons", QStringLiteral("a; b -- c /* d */ e;")},
        {"wildcards", QStringLiteral("100% of _all_ chips, 5%_off")},
        {"backslashes", QStringLiteral("C:\\new\\table \\' \\\" \\\\ \\0 \\x27 end\\")},
        {"control characters", controlCharacters()},
        {"emoji", QStringLiteral("Chips 🚀🇨🇳 and 👩🏽‍💻 talks")},
        {"full-text syntax", QStringLiteral("NEAR(chips exports) OR \"x\" AND NOT y* ^z col:w")},
        {"tsquery syntax", QStringLiteral("a & !b | c:* <-> (d) 'e'")},
        {"mixed", QStringLiteral("O'Brien's \"Nvidia\"; DELETE FROM events WHERE 1=1; -- 50%_off \\")},
    };
}

Article articleWith(const QString& text)
{
    Article article;
    article.title = text;
    article.outlet = text;
    article.url = QStringLiteral("https://example.org/?q=") + text;
    article.body = QStringLiteral("Body: ") + text + QStringLiteral(" (end of body)");
    article.published = TimePoint::fromDate(2025, 12, 8);
    article.publishedPrecision = DatePrecision::Day;
    article.language = QStringLiteral("en");
    article.sha256 = QString::number(qHash(text), 16).rightJustified(64, QLatin1Char('0'));
    article.sourceFormat = QStringLiteral("txt");
    article.origins.append({text, QStringLiteral("folder/") + text, {}});
    return article;
}

} // namespace

class TestSqlRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostileTextRoundTrips_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("text");
        for (const char* backend : {"sqlite", "postgres"}) {
            for (const Payload& payload : payloads())
                QTest::addRow("%s: %s", backend, payload.name) << QString::fromLatin1(backend) << payload.text;
        }
    }
    void hostileTextRoundTrips()
    {
        QFETCH(QString, text);
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        const auto check = [&](bool ok) {
            if (!ok)
                qWarning() << workspace->lastError().message;
            return ok;
        };

        Article article = articleWith(text);
        QVERIFY(check(workspace->insertArticle(article, text.toUtf8())));
        const std::optional<Article> storedArticle = workspace->article(article.id);
        QVERIFY(storedArticle);
        QCOMPARE(storedArticle->title, text);
        QCOMPARE(storedArticle->outlet, text);
        QCOMPARE(storedArticle->url, article.url);
        QCOMPARE(storedArticle->body, article.body);
        QCOMPARE(storedArticle->origins.size(), 1);
        QCOMPARE(storedArticle->origins.first().bundle, text);
        QCOMPARE(storedArticle->origins.first().path, QStringLiteral("folder/") + text);
        QCOMPARE(workspace->articleSource(article.id), text.toUtf8());
        QCOMPARE(workspace->findArticle(QStringLiteral("no such hash"), article.url), std::optional(article.id));
        QCOMPARE(workspace->articleSummaries().first().title, text);

        // Names are stored simplified (runs of white space become one space); nothing else changes.
        const QString name = QStringLiteral("Entity ") + text;
        Entity entity {0, name, EntityType::Organisation, {text, text + QStringLiteral(" alias")}, 0};
        QVERIFY(check(workspace->insertEntity(entity)));
        std::optional<Entity> storedEntity = workspace->entity(entity.id);
        QVERIFY(storedEntity);
        QCOMPARE(storedEntity->name, name.simplified());
        QStringList aliases {text.simplified(), (text + QStringLiteral(" alias")).simplified()};
        QStringList storedAliases = storedEntity->aliases;
        aliases.sort();
        storedAliases.sort(); // PostgreSQL's collation may order them otherwise
        QCOMPARE(storedAliases, aliases);
        QCOMPARE(workspace->findEntity(name)->id, entity.id);
        QCOMPARE(workspace->findEntity(text.toUpper())->id, entity.id);
        QCOMPARE(workspace->findEntity(text + QStringLiteral(" ALIAS"))->id, entity.id);
        storedEntity->name = text + QStringLiteral(" renamed");
        storedEntity->aliases = {QStringLiteral("renamed ") + text};
        QVERIFY(check(workspace->updateEntity(*storedEntity)));
        QCOMPARE(workspace->entity(entity.id)->name, (text + QStringLiteral(" renamed")).simplified());
        QCOMPARE(workspace->entity(entity.id)->aliases, QStringList {(QStringLiteral("renamed ") + text).simplified()});
        QVERIFY(!workspace->findEntity(name));
        Entity other {0, QStringLiteral("Other ") + text, EntityType::Person, {}, 0};
        QVERIFY(check(workspace->insertEntity(other)));
        QVERIFY(check(workspace->mergeEntities(entity.id, other.id)));
        QCOMPARE(workspace->findEntity(QStringLiteral("Other ") + text)->id, entity.id);

        Event event;
        event.title = text;
        event.start = TimePoint::fromDate(2025, 12, 8);
        event.precision = DatePrecision::Day;
        event.type = QStringLiteral("meeting");
        event.attribution = text;
        event.summary = QStringLiteral("Summary: ") + text;
        event.attributes = QJsonObject {{QStringLiteral("note"), text}, {text, 1}};
        event.evidence.append({0, article.id, 0, 5, text, {}, {}});
        event.evidence.append({0, 0, 0, 0, text, QStringLiteral("https://example.org/#") + text, text});
        event.entities.append({entity.id, text});
        QVERIFY(check(workspace->insertEvent(event)));
        std::optional<Event> storedEvent = workspace->event(event.id);
        QVERIFY(storedEvent);
        QCOMPARE(storedEvent->title, text);
        QCOMPARE(storedEvent->attribution, text);
        QCOMPARE(storedEvent->summary, event.summary);
        QCOMPARE(storedEvent->attributes, event.attributes);
        QCOMPARE(storedEvent->evidence.size(), 2);
        QCOMPARE(storedEvent->evidence.at(0).sentence, text);
        QCOMPARE(storedEvent->evidence.at(1).sourceUrl, event.evidence.at(1).sourceUrl);
        QCOMPARE(storedEvent->evidence.at(1).sourceLabel, text);
        QCOMPARE(storedEvent->entities.size(), 1);
        QCOMPARE(storedEvent->entities.first().role, text);
        QCOMPARE(workspace->findEvent(event), std::optional(event.id));
        storedEvent->title = text + QStringLiteral(" (edited) ") + text;
        QVERIFY(check(workspace->updateEvent(*storedEvent)));
        QCOMPARE(workspace->event(event.id)->title, storedEvent->title);
        const std::optional<EventRow> row = workspace->eventRow(event.id);
        QVERIFY(row);
        QCOMPARE(row->title, storedEvent->title);
        QCOMPARE(row->entityIds, QList<qint64> {entity.id});
        // The list of names uses the unit separator between names, so one inside a name shows as a space.
        QCOMPARE(row->entityNames, workspace->entity(entity.id)->name.replace(QChar(0x1f), QLatin1Char(' ')));

        Annotation note {0, TimePoint::fromDate(2025, 12, 9), text};
        QVERIFY(check(workspace->insertAnnotation(note)));
        QCOMPARE(workspace->annotations().size(), 1);
        QCOMPARE(workspace->annotations().first().text, text);

        // The searches find the rows by their words and never see the text as query syntax.
        QCOMPARE(workspace->searchEvents(text), QList<qint64> {event.id});
        QVERIFY(workspace->searchArticles(text).contains(article.id));
        QVERIFY(!workspace->lastError().isError());

        EventModel model(workspace.get());
        model.fetchAll();
        EventFilterProxy proxy(workspace.get());
        proxy.setSourceModel(&model);
        const QString entityName = workspace->entity(entity.id)->name;
        // The query bar has no escape for a double quote, so such a name can only be searched as text.
        const QString query
            = entityName.contains(QLatin1Char('"')) ? text : QStringLiteral("entity:\"%1\" %2").arg(entityName, text);
        proxy.setQuery(EventQuery::parse(query));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, EventModel::TitleColumn).data(EventModel::TitleRole).toString(), storedEvent->title);

        // Saved through the event table, as an analyst types it.
        const QString typed = QStringLiteral("Typed: ") + text;
        QVERIFY(model.setData(model.index(0, EventModel::TitleColumn), typed));
        QCOMPARE(workspace->event(event.id)->title, typed);

        const WorkspaceStats stats = workspace->stats();
        QVERIFY(!workspace->lastError().isError());
        QCOMPARE(stats.articles, qint64(1));
        QCOMPARE(stats.events, qint64(1));
        QCOMPARE(stats.entities, qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestSqlRoundTrip)
#include "tst_sqlroundtrip.moc"
