// SPDX-License-Identifier: GPL-3.0-or-later
// The compiled German, Simplified Chinese and Korean catalogues: they load, the menus and plurals come out
// right, the library's own lookups find their strings, and every message of the .ts files is in the .qm
// file, not empty, with the placeholders, markup, line breaks and accelerator of its source.
#include "core/vocabulary.h"
#include "models/eventmodel.h"
#include "models/eventquery.h"
#include "store/storeerror.h"
#include "store/workspace.h"
#include "store/workspacelocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Kairos;

namespace {

QString qmPath(const QString& language)
{
    return QStringLiteral(KAIROS_QM_DIR "/kairos_%1.qm").arg(language);
}

QString tsPath(const QString& language)
{
    return QStringLiteral(KAIROS_SOURCE_DIR "/translations/kairos_%1.ts").arg(language);
}

/// The number of plural forms each language has (Qt's rules: German one/other, Chinese and Korean one form).
int pluralForms(const QString& language)
{
    return language == QLatin1String("de") ? 2 : 1;
}

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms;
};

/// The messages of a Qt Linguist file, as lupdate writes them.
QList<TsMessage> readTs(const QString& path, QString* language, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            TsMessage message;
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            messages.append(message);
        } else if (name == QLatin1String("source") && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (name == QLatin1String("comment") && !messages.isEmpty()) {
            messages.last().comment = xml.readElementText();
        } else if (name == QLatin1String("translation") && !messages.isEmpty()) {
            TsMessage& message = messages.last();
            message.unfinished = !xml.attributes().value(QLatin1String("type")).isEmpty();
            if (!message.numerus)
                message.forms << xml.readElementText();
        } else if (name == QLatin1String("numerusform") && !messages.isEmpty()) {
            messages.last().forms << xml.readElementText();
        } else if (name != QLatin1String("translation") && name != QLatin1String("message")) {
            xml.skipCurrentElement(); // location, extracomment, translatorcomment, oldsource, ...
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList matches(const QRegularExpression& pattern, const QString& text)
{
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    return found;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    return sorted(matches(pattern, text));
}

QStringList tags(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>"));
    return sorted(matches(pattern, text));
}

int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression pattern(QStringLiteral("&(?=\\S)"));
    return int(matches(pattern, text).size());
}

/// What is wrong with one translated form of a source text, or nothing.
QStringList formProblems(const QString& source, const QString& form)
{
    QStringList problems;
    if (form.isEmpty())
        return {QStringLiteral("empty")};
    if (placeholders(source) != placeholders(form))
        problems << QStringLiteral("placeholders %1 became %2")
                        .arg(placeholders(source).join(QLatin1Char(' ')), placeholders(form).join(QLatin1Char(' ')));
    if (tags(source) != tags(form))
        problems << QStringLiteral("markup differs");
    if (source.count(QLatin1Char('\n')) != form.count(QLatin1Char('\n'))
        || source.startsWith(QLatin1Char('\n')) != form.startsWith(QLatin1Char('\n'))
        || source.endsWith(QLatin1Char('\n')) != form.endsWith(QLatin1Char('\n')))
        problems << QStringLiteral("line breaks differ");
    if (accelerators(source) > 0 && accelerators(form) != 1)
        problems << QStringLiteral("accelerator missing or doubled");
    if (source.endsWith(QChar(0x2026)) && !form.endsWith(QChar(0x2026)))
        problems << QStringLiteral("ellipsis missing");
    return problems;
}

/// Installs one catalogue for the lifetime of the object, as the applications do.
class InstalledCatalogue
{
public:
    explicit InstalledCatalogue(const QString& language)
        : m_loaded(m_translator.load(qmPath(language)))
    {
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~InstalledCatalogue()
    {
        if (m_loaded)
            QCoreApplication::removeTranslator(&m_translator);
    }
    InstalledCatalogue(const InstalledCatalogue&) = delete;
    InstalledCatalogue& operator=(const InstalledCatalogue&) = delete;
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded;
};

QString translated(const char* context, const char* source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogueLoads_data();
    void catalogueLoads();
    void menus_data();
    void menus();
    void germanPlurals_data();
    void germanPlurals();
    void singleFormPlurals_data();
    void singleFormPlurals();
    void libraryLookups_data();
    void libraryLookups();
    void everyMessageTranslated_data();
    void everyMessageTranslated();
    void lookupContexts_data();
    void lookupContexts();
};

void TestTranslations::initTestCase()
{
    QVERIFY2(QDir(QStringLiteral(KAIROS_QM_DIR)).exists(),
        qPrintable(QStringLiteral("no compiled translations in %1; build the kairos_lrelease target")
                       .arg(QStringLiteral(KAIROS_QM_DIR))));
}

void TestTranslations::catalogueLoads_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("localeName");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("de_DE");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("ko") << QStringLiteral("ko") << QStringLiteral("ko_KR");
}

void TestTranslations::catalogueLoads()
{
    QFETCH(QString, language);
    QFETCH(QString, localeName);
    QTranslator translator;
    QVERIFY2(translator.load(qmPath(language)), qPrintable(qmPath(language)));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language(), localeName);
    // The applications load "kairos" + "_" + the UI language from :/i18n; the same lookup finds the file here.
    QTranslator byLocale;
    QVERIFY(byLocale.load(QLocale(localeName), QStringLiteral("kairos"), QStringLiteral("_"),
        QStringLiteral(KAIROS_QM_DIR)));
    QCOMPARE(byLocale.language(), localeName);
}

void TestTranslations::menus_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    const QString de = QStringLiteral("de");
    QTest::newRow("de File") << de << QStringLiteral("&File") << QStringLiteral("&Datei");
    QTest::newRow("de Edit") << de << QStringLiteral("&Edit") << QStringLiteral("&Bearbeiten");
    QTest::newRow("de View") << de << QStringLiteral("&View") << QStringLiteral("&Ansicht");
    QTest::newRow("de Tools") << de << QStringLiteral("&Tools") << QStringLiteral("E&xtras");
    QTest::newRow("de Help") << de << QStringLiteral("&Help") << QStringLiteral("&Hilfe");
    QTest::newRow("de Undo") << de << QStringLiteral("&Undo") << QStringLiteral("&Rückgängig");
    QTest::newRow("de Redo") << de << QStringLiteral("&Redo") << QStringLiteral("&Wiederherstellen");
    QTest::newRow("de Open") << de << QStringLiteral("&Open Workspace…") << QStringLiteral("Arbeitsbereich ö&ffnen…");
    const QString zh = QStringLiteral("zh_CN");
    QTest::newRow("zh_CN File") << zh << QStringLiteral("&File") << QStringLiteral("文件(&F)");
    QTest::newRow("zh_CN Edit") << zh << QStringLiteral("&Edit") << QStringLiteral("编辑(&E)");
    QTest::newRow("zh_CN Help") << zh << QStringLiteral("&Help") << QStringLiteral("帮助(&H)");
    QTest::newRow("zh_CN Import") << zh << QStringLiteral("&Import Bundles…") << QStringLiteral("导入文章包(&I)…");
    const QString ko = QStringLiteral("ko");
    QTest::newRow("ko File") << ko << QStringLiteral("&File") << QStringLiteral("파일(&F)");
    QTest::newRow("ko Edit") << ko << QStringLiteral("&Edit") << QStringLiteral("편집(&E)");
    QTest::newRow("ko Help") << ko << QStringLiteral("&Help") << QStringLiteral("도움말(&H)");
    QTest::newRow("ko Import") << ko << QStringLiteral("&Import Bundles…") << QStringLiteral("기사 묶음 가져오기(&I)…");
}

void TestTranslations::menus()
{
    QFETCH(QString, language);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const InstalledCatalogue catalogue(language);
    QVERIFY(catalogue.loaded());
    const QByteArray utf8 = source.toUtf8();
    const QString text = translated("Kairos::MainWindow", utf8.constData());
    QVERIFY(text != source);
    QCOMPARE(text, expected);
}

void TestTranslations::germanPlurals_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    const QByteArray report("ImportReport");
    QTest::newRow("0 events") << report << QByteArray("%n event(s)") << 0 << QStringLiteral("0 Ereignisse");
    QTest::newRow("1 event") << report << QByteArray("%n event(s)") << 1 << QStringLiteral("1 Ereignis");
    QTest::newRow("2 events") << report << QByteArray("%n event(s)") << 2 << QStringLiteral("2 Ereignisse");
    QTest::newRow("1 file rejected") << report << QByteArray("%n file(s) rejected") << 1
                                     << QStringLiteral("1 Datei abgelehnt");
    QTest::newRow("3 files rejected") << report << QByteArray("%n file(s) rejected") << 3
                                      << QStringLiteral("3 Dateien abgelehnt");
    const QByteArray window("Kairos::MainWindow");
    QTest::newRow("0 entities") << window << QByteArray("%n entit(y/ies)") << 0 << QStringLiteral("0 Entitäten");
    QTest::newRow("1 entity") << window << QByteArray("%n entit(y/ies)") << 1 << QStringLiteral("1 Entität");
    QTest::newRow("2 entities") << window << QByteArray("%n entit(y/ies)") << 2 << QStringLiteral("2 Entitäten");
    QTest::newRow("of 1 event shown") << window << QByteArray("%1 of %n event(s) shown") << 1
                                      << QStringLiteral("%1 von 1 Ereignis angezeigt");
    QTest::newRow("of 2 events shown") << window << QByteArray("%1 of %n event(s) shown") << 2
                                       << QStringLiteral("%1 von 2 Ereignissen angezeigt");
    QTest::newRow("confirm 1") << window << QByteArray("Confirm %n event(s)") << 1
                               << QStringLiteral("1 Ereignis bestätigen");
    QTest::newRow("confirm 2") << window << QByteArray("Confirm %n event(s)") << 2
                               << QStringLiteral("2 Ereignisse bestätigen");
    QTest::newRow("delete 1 entity") << QByteArray("Commands") << QByteArray("Delete %n entit(y/ies)") << 1
                                     << QStringLiteral("1 Entität löschen");
    QTest::newRow("delete 2 entities") << QByteArray("Commands") << QByteArray("Delete %n entit(y/ies)") << 2
                                       << QStringLiteral("2 Entitäten löschen");
    QTest::newRow("1 lane") << QByteArray("Kairos::TimelineIndex") << QByteArray("Others (%n lanes)") << 1
                            << QStringLiteral("Weitere (1 Bahn)");
    QTest::newRow("5 lanes") << QByteArray("Kairos::TimelineIndex") << QByteArray("Others (%n lanes)") << 5
                             << QStringLiteral("Weitere (5 Bahnen)");
    QTest::newRow("1 sentence") << QByteArray("Kairos::EvidencePanel") << QByteArray("%n supporting sentence(s)") << 1
                                << QStringLiteral("1 belegender Satz");
    QTest::newRow("2 sentences") << QByteArray("Kairos::EvidencePanel") << QByteArray("%n supporting sentence(s)")
                                 << 2 << QStringLiteral("2 belegende Sätze");
}

void TestTranslations::germanPlurals()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    const InstalledCatalogue catalogue(QStringLiteral("de"));
    QVERIFY(catalogue.loaded());
    QCOMPARE(translated(context.constData(), source.constData(), n), expected);
}

void TestTranslations::singleFormPlurals_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("events");
    QTest::addColumn<QString>("articles");
    for (int n : {0, 1, 2, 21}) {
        QTest::addRow("zh_CN %d", n) << QStringLiteral("zh_CN") << n << QStringLiteral("%1 个事件").arg(n)
                                     << QStringLiteral("%1 篇文章").arg(n);
        QTest::addRow("ko %d", n) << QStringLiteral("ko") << n << QStringLiteral("사건 %1건").arg(n)
                                  << QStringLiteral("기사 %1건").arg(n);
    }
}

void TestTranslations::singleFormPlurals()
{
    QFETCH(QString, language);
    QFETCH(int, n);
    QFETCH(QString, events);
    QFETCH(QString, articles);
    const InstalledCatalogue catalogue(language);
    QVERIFY(catalogue.loaded());
    QCOMPARE(translated("ImportReport", "%n event(s)", n), events);
    QCOMPARE(translated("Kairos::MainWindow", "%n article(s)", n), articles);
}

void TestTranslations::libraryLookups_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QString>("underConsideration");
    QTest::addColumn<QString>("governments");
    QTest::addColumn<QString>("approval");
    QTest::addColumn<QString>("unknownStatus");
    QTest::addColumn<QString>("badUrl");
    QTest::addColumn<QString>("dateHeader");
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringList {QStringLiteral("Vorgeschlagen"), QStringLiteral("Bestätigt"),
                               QStringLiteral("Abgelehnt")}
                        << QStringLiteral("In Erwägung") << QStringLiteral("Regierungen und Behörden")
                        << QStringLiteral("Genehmigung")
                        << QStringLiteral("Unbekannter Status „maybe“ (proposed, confirmed oder rejected).")
                        << QStringLiteral("keine gültige PostgreSQL-URL") << QStringLiteral("Datum");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                           << QStringList {QStringLiteral("待审"), QStringLiteral("已确认"), QStringLiteral("已拒绝")}
                           << QStringLiteral("审议中") << QStringLiteral("政府和机构") << QStringLiteral("批准")
                           << QStringLiteral("未知状态“maybe”（可用 proposed、confirmed 或 rejected）。")
                           << QStringLiteral("不是有效的 PostgreSQL URL") << QStringLiteral("日期");
    QTest::newRow("ko") << QStringLiteral("ko")
                        << QStringList {QStringLiteral("제안됨"), QStringLiteral("확인됨"), QStringLiteral("거부됨")}
                        << QStringLiteral("검토 중") << QStringLiteral("정부 및 기관") << QStringLiteral("승인")
                        << QStringLiteral("알 수 없는 상태 ‘maybe’(proposed, confirmed, rejected 중 하나).")
                        << QStringLiteral("올바른 PostgreSQL URL이 아닙니다") << QStringLiteral("날짜");
}

void TestTranslations::libraryLookups()
{
    QFETCH(QString, language);
    QFETCH(QStringList, statuses);
    QFETCH(QString, underConsideration);
    QFETCH(QString, governments);
    QFETCH(QString, approval);
    QFETCH(QString, unknownStatus);
    QFETCH(QString, badUrl);
    QFETCH(QString, dateHeader);
    const InstalledCatalogue catalogue(language);
    QVERIFY(catalogue.loaded());

    QCOMPARE(statusLabel(ReviewStatus::Proposed), statuses.at(0));
    QCOMPARE(statusLabel(ReviewStatus::Confirmed), statuses.at(1));
    QCOMPARE(statusLabel(ReviewStatus::Rejected), statuses.at(2));
    QCOMPARE(modalityLabel(Modality::UnderConsideration), underConsideration);
    QCOMPARE(entityTypeLabel(EntityType::Government), governments);
    QCOMPARE(EventTypes::label(QStringLiteral("approval")), approval);

    const EventQuery query = EventQuery::parse(QStringLiteral("status:maybe"));
    QCOMPARE(query.errors, QStringList {unknownStatus});

    QString error;
    WorkspaceLocation::parse(QStringLiteral("postgresql://"), &error);
    QVERIFY2(error.contains(badUrl), qPrintable(error));

    // A model's own tr() uses the class name as context, as lupdate records it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StoreError storeError;
    const auto workspace = Workspace::open(
        dir.filePath(QStringLiteral("t.kairos")), Workspace::OpenMode::CreateIfMissing, &storeError);
    QVERIFY2(workspace, qPrintable(storeError.message));
    const EventModel model(workspace.get());
    QCOMPARE(model.headerData(EventModel::DateColumn, Qt::Horizontal).toString(), dateHeader);
}

void TestTranslations::everyMessageTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("localeName");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("de_DE");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("ko") << QStringLiteral("ko") << QStringLiteral("ko_KR");
}

void TestTranslations::everyMessageTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, localeName);
    QString tsLanguage;
    QString error;
    const QList<TsMessage> messages = readTs(tsPath(language), &tsLanguage, &error);
    QVERIFY2(error.isEmpty(), qPrintable(tsPath(language) + QStringLiteral(": ") + error));
    QCOMPARE(tsLanguage, localeName);
    QVERIFY(messages.size() > 100);

    QTranslator translator;
    QVERIFY(translator.load(qmPath(language)));
    QStringList problems;
    for (const TsMessage& message : messages) {
        const QString where = message.context + QStringLiteral(": \"") + message.source + QStringLiteral("\": ");
        if (message.unfinished)
            problems << where + QStringLiteral("unfinished");
        const int wanted = message.numerus ? pluralForms(language) : 1;
        if (message.forms.size() != wanted) {
            problems << where + QStringLiteral("%1 forms, not %2").arg(message.forms.size()).arg(wanted);
            continue;
        }
        for (const QString& form : message.forms) {
            for (const QString& problem : formProblems(message.source, form))
                problems << where + problem + QStringLiteral(" in \"") + form + QLatin1Char('"');
        }
        // The compiled catalogue answers the lookup the code makes, with the form for the number.
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const char* disambiguation = message.comment.isEmpty() ? nullptr : comment.constData();
        const QList<int> numbers = message.numerus ? QList<int> {1, 2} : QList<int> {-1};
        for (int n : numbers) {
            const QString found = translator.translate(context.constData(), source.constData(), disambiguation, n);
            const QString& wantedForm = message.forms.value(n == 2 ? message.forms.size() - 1 : 0);
            if (found.isEmpty())
                problems << where + QStringLiteral("not found in %1 (n = %2)").arg(qmPath(language)).arg(n);
            else if (found != wantedForm)
                problems << where + QStringLiteral("the .qm file says \"%1\", the .ts file \"%2\"").arg(found, wantedForm);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// The context lupdate files a string under must be the one the code passes to QCoreApplication::translate at
// run time. Files that define a local `QString tr(const char*)` helper with a fixed context defeat lupdate:
// it files their strings under the enclosing namespace or class instead, so the translations exist but are
// never found. The rows marked as known mismatches document those until the helpers are fixed; each then
// passes unexpectedly (XPASS), and its row should move to the plain list.
void TestTranslations::lookupContexts_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("knownMismatch");
    const auto row = [](const char* context, const char* source, int n, const char* mismatch) {
        const QByteArray tag = QByteArray(context) + ": " + QByteArray(source).replace('\n', "\\n") + " (n = "
            + QByteArray::number(n) + ')';
        QTest::newRow(tag.constData()) << QByteArray(context) << QByteArray(source) << n << QString::fromUtf8(mismatch);
    };
    // Found where the code looks them up.
    row("Kairos::MainWindow", "&File", -1, "");
    row("Kairos::ChartExporter", "Timeline of events", -1, "");
    row("Kairos::ChartExporter", "Cannot export the chart to %1: %2", -1, "");
    row("Kairos::EventLayerItem", "Today", -1, "");
    row("Kairos::ExternalLinks", "Open Link", -1, "");
    row("Workspace", "Nothing to merge.", -1, "");
    row("kairos-cli", "\nRun kairos-cli COMMAND --help for the options of a command.\n", -1, "");
    row("main", "Open the embedded demo workspace.", -1, "");
    row("Kairos::ChartExporter", "%n event(s) in view", 1, "");
    // Once mismatched (local tr() helpers that lupdate filed under other contexts), now looked up where filed.
    row("kairos-cli", "The workspace to read.", -1, "");
    row("kairos-cli", "Workspace ready: %1\n", -1, "");
    row("Workspace", "The workspace “%1” does not exist.", -1, "");
    row("Workspace", "No workspace was given.", -1, "");
    row("ImportPipeline", "The workspace could not be written: %1", -1, "");
    row("Kairos::ChartExporter", "lanes by entity", -1, "");
    row("Kairos::ChartExporter", "%n event(s) in view", 2, "");
    row("Kairos::EventLayerItem", "%n undated event(s) not shown", 2, "");
}

void TestTranslations::lookupContexts()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, n);
    QFETCH(QString, knownMismatch);
    QTranslator translator;
    QVERIFY(translator.load(qmPath(QStringLiteral("de"))));
    const QString found = translator.translate(context.constData(), source.constData(), nullptr, n);
    if (!knownMismatch.isEmpty())
        QEXPECT_FAIL("", qPrintable(knownMismatch), Continue);
    QVERIFY2(!found.isEmpty(), "the code's lookup finds no German translation");
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
