// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/articlemodel.h"
#include "reader/articlereader.h"
#include "reader/articlesourceview.h"
#include "reader/articletextview.h"
#include "reader/evidencepanel.h"
#include "reader/readerpalette.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

using namespace Kairos;

namespace {

const QString hostileTitle = QStringLiteral("<b>Bold</b> <img src=\"/dev/zero\"> title");
const QString body = QStringLiteral("Nvidia may sell H200 chips to China. <b>not bold</b> here.\n"
                                    "Beijing called an emergency meeting on Monday. Analysts expect $70 billion.");

struct Fixture
{
    std::unique_ptr<Workspace> workspace;
    qint64 htmlArticle = 0;
    qint64 jsonArticle = 0;
    qint64 markdownArticle = 0;
    qint64 nvidia = 0;
    qint64 hostileEntity = 0;
    qint64 approval = 0;
    qint64 meeting = 0;
    int approvalBegin = 0;
    int approvalEnd = 0;
};

qint64 addArticle(Workspace& workspace, const QString& title, const QString& outlet, const QString& format,
    const QByteArray& source, const QString& text)
{
    Article article;
    article.title = title;
    article.outlet = outlet;
    article.url = QStringLiteral("https://example.org/") + format;
    article.published = TimePoint::fromDate(2025, 12, 9);
    article.publishedPrecision = DatePrecision::Day;
    article.body = text;
    article.sourceFormat = format;
    article.sha256 = QString::fromLatin1(QByteArray::number(qHash(source + format.toUtf8()), 16));
    article.origins = {{QStringLiteral("bundle"), QStringLiteral("a.") + format, {}}};
    if (!workspace.insertArticle(article, source))
        return 0;
    return article.id;
}

} // namespace

class TestArticleReader : public QObject
{
    Q_OBJECT

    bool build(Fixture& f, const QString& location)
    {
        StoreError error;
        f.workspace = Workspace::open(location, Workspace::OpenMode::CreateIfMissing, &error);
        if (!f.workspace)
            return false;
        Workspace& w = *f.workspace;
        f.htmlArticle = addArticle(w, hostileTitle, QStringLiteral("Demo Wire"), QStringLiteral("html"),
            "<html><body><p>Nvidia may sell H200 chips to China.</p><img src=\"/dev/zero\"></body></html>", body);
        f.jsonArticle = addArticle(w, QStringLiteral("JSON story"), QStringLiteral("Other Daily"),
            QStringLiteral("json"), "{\"title\": \"JSON story\", \"body\": \"Beijing called a meeting.\"}",
            QStringLiteral("Beijing called a meeting. Nvidia may sell H200 chips to China."));
        f.markdownArticle = addArticle(w, QStringLiteral("Markdown story"), QStringLiteral("demo wire"),
            QStringLiteral("md"), "# Story\n\nNvidia may sell H200 chips to China.\n",
            QStringLiteral("Story\n\nNvidia may sell H200 chips to China."));
        Entity nvidia;
        nvidia.name = QStringLiteral("Nvidia");
        nvidia.type = EntityType::Organisation;
        Entity hostile;
        hostile.name = QStringLiteral("<img src=\"/dev/zero\">Beijing");
        hostile.type = EntityType::Government;
        if (!w.insertEntity(nvidia) || !w.insertEntity(hostile))
            return false;
        f.nvidia = nvidia.id;
        f.hostileEntity = hostile.id;
        const int beijing = int(body.indexOf(QLatin1String("Beijing")));
        QList<Mention> mentions {
            {0, f.htmlArticle, nvidia.id, 0, 6}, {0, f.htmlArticle, hostile.id, beijing, beijing + 7}};
        if (!w.insertMentions(mentions))
            return false;

        f.approvalBegin = 0;
        f.approvalEnd = int(body.indexOf(QLatin1Char('.'))) + 1;
        const QString approvalSentence = body.left(f.approvalEnd);
        Event approval;
        approval.title = QStringLiteral("<i>US</i> approves H200 sales");
        approval.type = QStringLiteral("approval");
        approval.start = TimePoint::fromDate(2025, 12, 8);
        approval.precision = DatePrecision::Day;
        approval.evidence = {{0, f.htmlArticle, f.approvalBegin, f.approvalEnd, approvalSentence, {}, {}},
            // Offsets from an older body: found again by the sentence text.
            {0, f.jsonArticle, 0, 5, approvalSentence, {}, {}},
            {0, f.markdownArticle, 7, 7 + int(approvalSentence.size()), approvalSentence, {}, {}},
            {0, 0, 0, 0, QStringLiteral("A timeline cites this."), QStringLiteral("https://example.org/cite"),
                QStringLiteral("Example <Timeline>")}};
        approval.attributes.insert(QStringLiteral("conflicts"),
            QJsonArray {QJsonObject {{QStringLiteral("field"), QStringLiteral("date")},
                {QStringLiteral("values"), QJsonArray {QStringLiteral("2025-12-08"), QStringLiteral("2025-12-09")}}}});
        if (!w.insertEvent(approval))
            return false;
        f.approval = approval.id;

        const int meetingBegin = int(body.indexOf(QLatin1String("Beijing")));
        const int meetingEnd = int(body.indexOf(QLatin1String("Monday."))) + 7;
        Event meeting;
        meeting.title = QStringLiteral("Emergency meeting");
        meeting.type = QStringLiteral("meeting");
        meeting.evidence
            = {{0, f.htmlArticle, meetingBegin, meetingEnd, body.mid(meetingBegin, meetingEnd - meetingBegin), {}, {}}};
        if (!w.insertEvent(meeting))
            return false;
        f.meeting = meeting.id;
        return true;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_location = m_dir.filePath(QStringLiteral("reader%1.kairos").arg(++m_counter));
    }

    void showEventSelectsTheEvidence()
    {
        Fixture f;
        QVERIFY(build(f, m_location));
        ArticleModel model(f.workspace.get());
        ArticleReader reader(f.workspace.get(), &model);
        QSignalSpy shown(&reader, &ArticleReader::articleShown);
        reader.showEvent(f.approval);
        QCOMPARE(reader.currentArticleId(), f.htmlArticle);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.first().first().toLongLong(), f.htmlArticle);
        const QTextCursor cursor = reader.textView()->textCursor();
        QCOMPARE(cursor.selectionStart(), f.approvalBegin);
        QCOMPARE(cursor.selectionEnd(), f.approvalEnd);
        QCOMPARE(cursor.selectedText(), QStringLiteral("Nvidia may sell H200 chips to China."));
        QCOMPARE(reader.tabs()->currentWidget(), reader.textView());
        QCOMPARE(reader.articleList()->currentIndex().data(ArticleModel::ArticleIdRole).toLongLong(), f.htmlArticle);
        // The body is shown exactly, positions unchanged.
        QCOMPARE(reader.textView()->toPlainText(), body);
    }

    void staleOffsetsAreFoundBySentence()
    {
        Fixture f;
        QVERIFY(build(f, m_location));
        ArticleModel model(f.workspace.get());
        ArticleReader reader(f.workspace.get(), &model);
        const auto event = f.workspace->event(f.approval);
        QVERIFY(event);
        reader.showEvidence(event->evidence.at(1), event->type);
        QCOMPARE(reader.currentArticleId(), f.jsonArticle);
        QCOMPARE(
            reader.textView()->textCursor().selectedText(), QStringLiteral("Nvidia may sell H200 chips to China."));
    }

    void markupDisplaysLiterally()
    {
        Fixture f;
        QVERIFY(build(f, m_location));
        ArticleModel model(f.workspace.get());
        ArticleReader reader(f.workspace.get(), &model);
        reader.showArticle(f.htmlArticle);
        const QList<QLabel*> labels = reader.findChildren<QLabel*>();
        bool titleFound = false;
        for (QLabel* label : labels) {
            QCOMPARE(label->textFormat(), Qt::PlainText);
            titleFound = titleFound || label->text() == hostileTitle;
        }
        QVERIFY(titleFound);
        // "<b>not bold</b>" is text, not bold.
        const int tag = int(body.indexOf(QLatin1String("not bold")));
        QTextCursor cursor(reader.textView()->document());
        cursor.setPosition(tag + 1);
        QVERIFY(cursor.charFormat().fontWeight() <= QFont::Normal);
        QCOMPARE(reader.articleList()->model()->index(0, 0).data().toString().isEmpty(), false);
        QVERIFY(model.index(model.indexOfArticle(f.htmlArticle).row(), ArticleModel::TitleColumn).data().toString()
            == hostileTitle);

        // Evidence panel: sentences, titles and labels from sources all in plain-text labels.
        reader.evidencePanel()->setEvent(f.approval);
        bool eventTitle = false;
        bool sourceLabel = false;
        for (QLabel* label : reader.evidencePanel()->findChildren<QLabel*>()) {
            QCOMPARE(label->textFormat(), Qt::PlainText);
            eventTitle = eventTitle || label->text() == QLatin1String("<i>US</i> approves H200 sales");
            sourceLabel = sourceLabel || label->text().contains(QLatin1String("Example <Timeline>"));
        }
        QVERIFY(eventTitle);
        QVERIFY(sourceLabel);
    }

    void colouredMentionsAndEvidence()
    {
        Fixture f;
        QVERIFY(build(f, m_location));
        ArticleModel model(f.workspace.get());
        ArticleReader reader(f.workspace.get(), &model);
        reader.showArticle(f.htmlArticle);
        QTextDocument* document = reader.textView()->document();
        const QPalette palette = reader.textView()->palette();
        QTextCursor cursor(document);
        cursor.setPosition(2); // inside "Nvidia", inside the approval sentence
        QCOMPARE(cursor.charFormat().foreground().color(), entityTypeColor(EntityType::Organisation, palette));
        QVERIFY(cursor.charFormat().background().style() != Qt::NoBrush);
        const QColor approvalTint = cursor.charFormat().background().color();
        cursor.setPosition(int(body.indexOf(QLatin1String("emergency"))) + 1);
        QVERIFY(cursor.charFormat().background().style() != Qt::NoBrush);
        QVERIFY(cursor.charFormat().background().color() != approvalTint); // another event type, another tint
        cursor.setPosition(int(body.indexOf(QLatin1String("Analysts"))) + 1);
        QCOMPARE(cursor.charFormat().background().style(), Qt::NoBrush);
        QCOMPARE(reader.textView()->eventAt(int(body.indexOf(QLatin1String("emergency")))), f.meeting);
        QCOMPARE(reader.textView()->eventAt(int(body.indexOf(QLatin1String("Analysts")))), 0);

        // Dates and money are marked by the shipped definition (layout formats, over the document's),
        // which QSyntaxHighlighter applies from the event loop.
        QCoreApplication::processEvents();
        const QTextBlock second = document->findBlock(int(body.indexOf(QLatin1String("Monday"))));
        QStringList marked;
        for (const auto& range : second.layout()->formats())
            marked << second.text().mid(range.start, range.length);
        QVERIFY2(marked.contains(QLatin1String("on Monday")), qPrintable(marked.join(QLatin1Char('|'))));
        QVERIFY(marked.contains(QLatin1String("$70 billion")));

        reader.highlightEntity(f.nvidia);
        const auto extra = reader.textView()->extraSelections();
        QCOMPARE(extra.size(), 1);
        QCOMPARE(extra.first().cursor.selectedText(), QStringLiteral("Nvidia"));
        reader.highlightEntity(0);
        QVERIFY(reader.textView()->extraSelections().isEmpty());
    }

    void clickInEvidenceActivatesEvent()
    {
        Fixture f;
        QVERIFY(build(f, m_location));
        ArticleModel model(f.workspace.get());
        ArticleReader reader(f.workspace.get(), &model);
        reader.resize(700, 800);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        reader.showArticle(f.htmlArticle);
        QSignalSpy activated(&reader, &ArticleReader::eventActivated);
        ArticleTextView* view = reader.textView();
        const auto click = [view](int position) {
            QTextCursor cursor(view->document());
            cursor.setPosition(position);
            const QRect caret = view->cursorRect(cursor);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(caret.x() + 2, caret.center().y()));
        };
        click(int(body.indexOf(QLatin1String("emergency"))) + 2);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toLongLong(), f.meeting);
        click(int(body.indexOf(QLatin1String("Analysts"))) + 2);
        QCOMPARE(activated.count(), 1);
        // Keyboard: Enter inside a sentence.
        QTextCursor inside(view->document());
        inside.setPosition(3);
        view->setTextCursor(inside);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.last().first().toLongLong(), f.approval);
    }

    void sourceTabPicksDefinition()
    {
        Fixture f;
        QVERIFY(build(f, m_location));
        ArticleModel model(f.workspace.get());
        ArticleReader reader(f.workspace.get(), &model);
        QTabWidget* tabs = reader.tabs();
        reader.showArticle(f.htmlArticle);
        QCOMPARE(reader.sourceView()->definitionName(), QStringLiteral("HTML"));
        QVERIFY(reader.sourceView()->toPlainText().contains(QLatin1String("<img src=\"/dev/zero\">")));
        QVERIFY(!tabs->isTabVisible(1)); // "Formatted" only for Markdown
        reader.showArticle(f.jsonArticle);
        QCOMPARE(reader.sourceView()->definitionName(), QStringLiteral("JSON"));
        reader.showArticle(f.markdownArticle);
        QCOMPARE(reader.sourceView()->definitionName(), QStringLiteral("Markdown"));
        QVERIFY(tabs->isTabVisible(1));
    }

    void evidencePanelCountsSourcesAndShowsConflicts()
    {
        Fixture f;
        QVERIFY(build(f, m_location));
        ArticleModel model(f.workspace.get());
        ArticleReader reader(f.workspace.get(), &model);
        EvidencePanel* panel = reader.evidencePanel();
        reader.showEvent(f.approval);
        QCOMPARE(panel->eventId(), f.approval);
        // "Demo Wire" and "demo wire" are one outlet; "Other Daily" and the cited timeline two more.
        QCOMPARE(panel->independentSources(), 3);
        QCOMPARE(panel->conflictCount(), 1);
        bool both = false;
        QStringList texts;
        for (QLabel* label : panel->findChildren<QLabel*>())
            texts << label->text();
        both = texts.contains(QLatin1String("2025-12-08")) && texts.contains(QLatin1String("2025-12-09"));
        QVERIFY2(both, qPrintable(texts.join(QLatin1Char('|'))));

        // Clicking the third entry ("Show in Article") opens the Markdown article at its sentence.
        QList<QPushButton*> buttons;
        for (QPushButton* button : panel->findChildren<QPushButton*>()) {
            if (button->text().startsWith(QLatin1String("Show")))
                buttons << button;
        }
        QCOMPARE(buttons.size(), 3);
        buttons.at(2)->click();
        QCOMPARE(reader.currentArticleId(), f.markdownArticle);
        QCOMPARE(
            reader.textView()->textCursor().selectedText(), QStringLiteral("Nvidia may sell H200 chips to China."));

        panel->setEvent(0);
        QCOMPARE(panel->eventId(), 0);
        QCOMPARE(panel->independentSources(), 0);
    }

    void followsWorkspaceChanges()
    {
        Fixture f;
        QVERIFY(build(f, m_location));
        ArticleModel model(f.workspace.get());
        ArticleReader reader(f.workspace.get(), &model);
        reader.showArticle(f.htmlArticle);
        QVERIFY(f.workspace->deleteEvent(f.meeting));
        QTRY_COMPARE(reader.textView()->eventAt(int(body.indexOf(QLatin1String("emergency")))), 0);
        QCOMPARE(reader.currentArticleId(), f.htmlArticle);
    }

private:
    QTemporaryDir m_dir;
    QString m_location;
    int m_counter = 0;
};

QTEST_MAIN(TestArticleReader)
#include "tst_articlereader.moc"
