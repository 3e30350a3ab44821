// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/articlemodel.h"
#include "models/entitycommands.h"
#include "models/entitymodel.h"
#include "models/eventcommands.h"
#include "models/eventfilterproxy.h"
#include "models/eventmodel.h"
#include "models/eventquery.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

using namespace Kairos;

namespace {

Event makeEvent(const QString& title, int day, const QString& type = QStringLiteral("approval"))
{
    Event event;
    event.title = title;
    event.start = TimePoint::fromDate(2025, 12, day);
    event.precision = DatePrecision::Day;
    event.type = type;
    event.status = ReviewStatus::Proposed;
    return event;
}

/// What a tooltip shows: Qt takes it as rich text when it looks like markup, as QToolTip does.
QString shownTooltip(const QModelIndex& index)
{
    const QString tooltip = index.data(Qt::ToolTipRole).toString();
    QTextDocument document;
    if (Qt::mightBeRichText(tooltip))
        document.setHtml(tooltip);
    else
        document.setPlainText(tooltip);
    return document.toPlainText();
}

/// The whole model as text, one line per row, so one comparison shows any difference.
QStringList dump(const QAbstractItemModel& model)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.index(row, column).data().toString();
        lines << cells.join(QLatin1Char('|'));
    }
    return lines;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Kept edits go to a file in the application's data folder (PendingEditFile): a test one here.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void eventModelFollowsTheWorkspace_data() { KAIROS_BACKEND_ROWS(); }
    void eventModelFollowsTheWorkspace()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        EventModel model(workspace.get());
        model.setPageSize(3);
        EventFilterProxy proxy(workspace.get());
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        for (int day = 10; day >= 1; --day) {
            Event event = makeEvent(QStringLiteral("Event %1").arg(day), day);
            QVERIFY2(workspace->insertEvent(event), qPrintable(workspace->lastError().message));
        }
        model.reload();
        QCOMPARE(model.rowCount(), 3); // paged
        QVERIFY(model.canFetchMore({}));
        model.fetchAll();
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(0, EventModel::TitleColumn).data().toString(), QStringLiteral("Event 1"));
        QCOMPARE(model.index(9, EventModel::TitleColumn).data().toString(), QStringLiteral("Event 10"));

        // Inserts land in time order, edits move rows, deletes remove them.
        Event middle = makeEvent(QStringLiteral("Middle"), 5);
        QVERIFY(workspace->insertEvent(middle));
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.index(5, EventModel::TitleColumn).data().toString(), QStringLiteral("Middle"));
        Event moved = *workspace->event(middle.id);
        moved.start = TimePoint::fromDate(2025, 12, 31);
        QVERIFY(workspace->updateEvent(moved));
        QCOMPARE(model.index(10, EventModel::TitleColumn).data().toString(), QStringLiteral("Middle"));
        QVERIFY(workspace->deleteEvent(middle.id));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(proxy.rowCount(), 10);
    }

    void backgroundLoadingStreamsTheRest_data() { KAIROS_BACKEND_ROWS(); }
    void backgroundLoadingStreamsTheRest()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        for (int day = 1; day <= 25; ++day) {
            Event event = makeEvent(QStringLiteral("Event %1").arg(day), day);
            QVERIFY(workspace->insertEvent(event));
        }
        EventModel model(workspace.get());
        model.setPageSize(4);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EventFilterProxy proxy(workspace.get());
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &EventModel::loadingFinished);
        model.reload();
        QCOMPARE(model.rowCount(), 4);
        model.setBackgroundPageSize(5);
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({})); // nothing loads synchronously while the worker streams
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 25);
        QCOMPARE(proxy.rowCount(), 25);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.eventRow(row - 1).sortKey <= model.eventRow(row).sortKey);
        // A reload in the middle of streaming drops the stale pages.
        model.reload();
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 25);
    }

    void filterProxyFilters_data() { KAIROS_BACKEND_ROWS(); }
    void filterProxyFilters()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        Entity nvidia {0, QStringLiteral("Nvidia"), EntityType::Organisation, {}, 0};
        Entity china {0, QStringLiteral("China"), EntityType::Country, {}, 0};
        QVERIFY(workspace->insertEntity(nvidia));
        QVERIFY(workspace->insertEntity(china));
        Event permit = makeEvent(QStringLiteral("US permits H200 exports"), 8);
        permit.entities = {{nvidia.id, QStringLiteral("object")}};
        Event meeting = makeEvent(QStringLiteral("China holds emergency meeting"), 12, QStringLiteral("meeting"));
        meeting.entities = {{china.id, QStringLiteral("actor")}};
        meeting.status = ReviewStatus::Confirmed;
        Event talks = makeEvent(QStringLiteral("Alibaba in purchase talks"), 20, QStringLiteral("deal"));
        talks.entities = {{nvidia.id, QStringLiteral("object")}};
        for (Event* e : {&permit, &meeting, &talks})
            QVERIFY(workspace->insertEvent(*e));

        EventModel model(workspace.get());
        EventFilterProxy proxy(workspace.get());
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto titles = [&proxy]() {
            QStringList result;
            for (int row = 0; row < proxy.rowCount(); ++row)
                result << proxy.index(row, EventModel::TitleColumn).data().toString();
            return result;
        };
        QCOMPARE(titles().size(), 3);
        proxy.setEntityIds({nvidia.id});
        QCOMPARE(titles(), QStringList({permit.title, talks.title}));
        proxy.clearFilters();
        proxy.setQuery(EventQuery::parse(QStringLiteral("type:meeting status:confirmed")));
        QCOMPARE(titles(), QStringList({meeting.title}));
        proxy.setQuery(EventQuery::parse(QStringLiteral("entity:nvidia after:2025-12-10")));
        QCOMPARE(titles(), QStringList({talks.title}));
        proxy.setQuery(EventQuery::parse(QStringLiteral("\"emergency meeting\"")));
        QCOMPARE(titles(), QStringList({meeting.title}));
        proxy.setQuery(EventQuery::parse(QStringLiteral("on:2025-12")));
        QCOMPARE(titles().size(), 3);
        proxy.setQuery(EventQuery::parse(QStringLiteral("entity:Nobody")));
        QCOMPARE(titles().size(), 0);
    }

    void queryLanguage()
    {
        const EventQuery q
            = EventQuery::parse(QStringLiteral("type:approval entity:Nvidia entity:\"Xi Jinping\" after:2025-12-01 "
                                               "status:confirmed \"emergency meeting\" dat:x"));
        QCOMPARE(q.types, QSet<QString>({QStringLiteral("approval")}));
        QCOMPARE(q.entities, QStringList({QStringLiteral("Nvidia"), QStringLiteral("Xi Jinping")}));
        QCOMPARE(q.from->toIsoString(), QStringLiteral("2025-12-01"));
        QCOMPARE(q.statuses, QSet<int>({int(ReviewStatus::Confirmed)}));
        QCOMPARE(q.text, QStringLiteral("emergency meeting"));
        QCOMPARE(q.errors.size(), 1);
        QVERIFY(q.errors.first().contains(QLatin1String("dat:")));
    }

    void undoRedoRestoresEdits_data() { KAIROS_BACKEND_ROWS(); }
    void undoRedoRestoresEdits()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        Event event = makeEvent(QStringLiteral("Original"), 8);
        QVERIFY(workspace->insertEvent(event));
        EventModel model(workspace.get());
        QUndoStack stack;
        model.setUndoStack(&stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList before = dump(model);
        QVERIFY(model.setData(model.index(0, EventModel::TitleColumn), QStringLiteral("Edited <b>title</b>")));
        QVERIFY(model.setData(model.index(0, EventModel::DateColumn), QStringLiteral("2025-11")));
        QVERIFY(model.setData(model.index(0, EventModel::StatusColumn), QStringLiteral("confirmed")));
        QCOMPARE(workspace->event(event.id)->title, QStringLiteral("Edited <b>title</b>"));
        QCOMPARE(workspace->event(event.id)->precision, DatePrecision::Month);
        const QStringList after = dump(model);
        QVERIFY(after != before);
        stack.undo();
        stack.undo();
        stack.undo();
        QCOMPARE(dump(model), before);
        QCOMPARE(workspace->event(event.id)->title, QStringLiteral("Original"));
        stack.redo();
        stack.redo();
        stack.redo();
        QCOMPARE(dump(model), after);

        // Delete and its undo bring the event back with its fields.
        DeleteEventsCommand* remove = new DeleteEventsCommand(workspace.get(), {*workspace->event(event.id)});
        stack.push(remove);
        QCOMPARE(model.rowCount(), 0);
        stack.undo();
        QCOMPARE(dump(model), after);
    }

    void mergeEventsAndUndo_data() { KAIROS_BACKEND_ROWS(); }
    void mergeEventsAndUndo()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        Entity nvidia {0, QStringLiteral("Nvidia"), EntityType::Organisation, {}, 0};
        Entity china {0, QStringLiteral("China"), EntityType::Country, {}, 0};
        QVERIFY(workspace->insertEntity(nvidia));
        QVERIFY(workspace->insertEntity(china));
        Event a = makeEvent(QStringLiteral("US permits H200 exports"), 8);
        a.evidence
            = {{0, 0, 0, 0, QStringLiteral("Sentence one."), QStringLiteral("https://a.example"), QStringLiteral("A")}};
        a.entities = {{nvidia.id, QStringLiteral("object")}};
        a.reported = TimePoint::fromDate(2025, 12, 9);
        Event b = makeEvent(QStringLiteral("H200 sales to China allowed"), 8);
        b.evidence
            = {{0, 0, 0, 0, QStringLiteral("Sentence two."), QStringLiteral("https://b.example"), QStringLiteral("B")}};
        b.entities = {{china.id, QStringLiteral("object")}};
        b.reported = TimePoint::fromDate(2025, 12, 8);
        QVERIFY(workspace->insertEvent(a));
        QVERIFY(workspace->insertEvent(b));
        EventModel model(workspace.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList before = dump(model);
        QUndoStack stack;
        stack.push(new MergeEventsCommand(workspace.get(), {*workspace->event(a.id), *workspace->event(b.id)}));
        QCOMPARE(model.rowCount(), 1);
        const Event merged = *workspace->event(a.id);
        QCOMPARE(merged.evidence.size(), 2);
        QCOMPARE(merged.entities.size(), 2);
        QCOMPARE(merged.reported, b.reported);
        QVERIFY(!workspace->event(b.id));
        stack.undo();
        QCOMPARE(dump(model), before);
        QCOMPARE(workspace->event(a.id)->evidence.size(), 1);
        stack.redo();
        QCOMPARE(model.rowCount(), 1);

        QSignalSpy notes(workspace.get(), &Workspace::annotationsChanged);
        stack.push(new AddAnnotationCommand(
            workspace.get(), TimePoint::fromDate(2025, 12, 10), QStringLiteral("Rule takes effect")));
        QCOMPARE(workspace->annotations().size(), 1);
        stack.undo();
        QCOMPARE(workspace->annotations().size(), 0);
        QCOMPARE(notes.count(), 2);
    }

    void entityModelGroupsAndChecks_data() { KAIROS_BACKEND_ROWS(); }
    void entityModelGroupsAndChecks()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        EntityModel model(workspace.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Entity a {0, QStringLiteral("Nvidia"), EntityType::Organisation, {}, 0};
        Entity b {0, QStringLiteral("Alibaba"), EntityType::Organisation, {}, 0};
        Entity c {0, QStringLiteral("Xi Jinping"), EntityType::Person, {QStringLiteral("Xi")}, 0};
        for (Entity* e : {&a, &b, &c})
            QVERIFY(workspace->insertEntity(*e));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex organisations = model.index(0, 0);
        QCOMPARE(model.rowCount(organisations), 2);
        QSignalSpy checked(&model, &EntityModel::checkedEntitiesChanged);
        QVERIFY(model.setData(model.indexOfEntity(c.id), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedEntities(), QSet<qint64>({c.id}));
        QCOMPARE(checked.count(), 1);

        // Merge and undo: the merged entity comes back with its alias-free name.
        QUndoStack stack;
        stack.push(new MergeEntitiesCommand(workspace.get(), a.id, {b.id}));
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        QCOMPARE(workspace->findEntity(QStringLiteral("Alibaba"))->id, a.id);
        stack.undo();
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QVERIFY(workspace->findEntity(QStringLiteral("Alibaba"))->id != a.id);
        QVERIFY(!workspace->entity(a.id)->aliases.contains(QStringLiteral("Alibaba")));
        stack.redo();
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
    }

    void articleModel_data() { KAIROS_BACKEND_ROWS(); }
    void articleModel()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        ArticleModel model(workspace.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Article article;
        article.title = QStringLiteral("Nvidia weighs more H200 output");
        article.outlet = QStringLiteral("Demo Wire");
        article.body = QStringLiteral("Text.");
        article.sha256 = QStringLiteral("abc");
        article.origins = {{QStringLiteral("bundle"), QStringLiteral("a.txt"), {}}};
        QVERIFY(workspace->insertArticle(article, {}));
        workspace->notifyExternalChange();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ArticleModel::BundleColumn).data().toString(), QStringLiteral("bundle"));
        QCOMPARE(model.indexOfArticle(article.id).row(), 0);
    }

    void markupInTextIsShownLiterally_data() { KAIROS_BACKEND_ROWS(); }
    void markupInTextIsShownLiterally()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        const QString hostile = QStringLiteral("<b>Bold</b> <img src=\"file:///etc/passwd\"> & co");
        Event event = makeEvent(hostile, 3);
        QVERIFY(workspace->insertEvent(event));
        Entity entity {0, hostile, EntityType::Organisation, {QStringLiteral("<i>alias</i>")}, 0};
        QVERIFY(workspace->insertEntity(entity));
        Article article;
        article.title = hostile;
        article.body = QStringLiteral("Text.");
        article.sha256 = QStringLiteral("markup");
        article.origins = {{QStringLiteral("<u>bundle</u>"), QStringLiteral("a.html"), {}}};
        QVERIFY(workspace->insertArticle(article, {}));

        EventModel events(workspace.get());
        events.reload();
        events.fetchAll();
        QCOMPARE(events.index(0, EventModel::TitleColumn).data().toString(), hostile);
        QCOMPARE(shownTooltip(events.index(0, EventModel::TitleColumn)), hostile);

        EntityModel entities(workspace.get());
        const QModelIndex organisation = entities.indexOfEntity(entity.id);
        QVERIFY(organisation.isValid());
        QCOMPARE(shownTooltip(organisation), hostile + QStringLiteral(" (also: <i>alias</i>)"));

        ArticleModel articles(workspace.get());
        workspace->notifyExternalChange();
        QCOMPARE(shownTooltip(articles.index(0, 0)), hostile);
        QCOMPARE(shownTooltip(articles.index(0, ArticleModel::BundleColumn)), QStringLiteral("<u>bundle</u>"));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
