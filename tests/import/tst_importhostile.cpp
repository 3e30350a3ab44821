// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile bundles: every one must be reported by name and reason while the rest is imported, and
// nothing may be written anywhere.
#include "archivebuilder.h"
#include "importtesthelpers.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace Kairos;
using namespace Kairos::Import;
using namespace Kairos::Import::Test;

namespace {

QByteArray article(const char* title)
{
    return QByteArray(title) + "\n\nSome text about chips.\n";
}

QStringList treeOf(const QString& root)
{
    QStringList out;
    QDirIterator it(
        root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

bool hasRejection(const WalkResult& r, const QString& path, const char* reasonPart)
{
    for (const Rejection& rejection : r.rejections) {
        if (rejection.path == path && rejection.reason.contains(QLatin1String(reasonPart)))
            return true;
    }
    return false;
}

QStringList paths(const WalkResult& r)
{
    QStringList out;
    for (const SourceFile& f : r.files)
        out << f.path;
    return out;
}

} // namespace

class TestImportHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unsafeArchivePaths_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("zip") << QStringLiteral("zip");
        QTest::newRow("tar.gz") << QStringLiteral("tar.gz");
        QTest::newRow("tar.xz") << QStringLiteral("tar.xz");
        QTest::newRow("7z") << QStringLiteral("7z");
    }

    void unsafeArchivePaths()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QByteArray bytes = buildArchive({{QStringLiteral("../evil.txt"), article("Evil")},
                                                  {QStringLiteral("/tmp/kairos-abs.txt"), article("Absolute")},
                                                  {QStringLiteral("a/..\\..\\win.txt"), article("Windows")},
                                                  {QStringLiteral("ok/good.txt"), article("Good")}},
            kind);
        const QString bundle = write(dir, QStringLiteral("bundle.") + kind, bytes);
        const QStringList before = treeOf(dir.path());
        const WalkResult r = walkAndParse({bundle});
        QVERIFY(r.completed);
        QCOMPARE(paths(r), QStringList {QStringLiteral("ok/good.txt")});
        QCOMPARE(r.parsed.first().articles.first().article.title, QStringLiteral("Good"));
        QVERIFY2(hasRejection(r, QStringLiteral("../evil.txt"), "outside the bundle"), qPrintable(r.rejectionText()));
        QVERIFY(hasRejection(r, QStringLiteral("a/..\\..\\win.txt"), "outside the bundle"));
        QVERIFY(std::any_of(r.rejections.cbegin(), r.rejections.cend(),
            [](const Rejection& x) { return x.reason.contains(QLatin1String("absolute path")); }));
        QCOMPARE(treeOf(dir.path()), before);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/kairos-abs.txt")));
    }

    void linksAndDevices()
    {
        QTemporaryDir dir;
        const QByteArray bytes
            = buildArchive({{QStringLiteral("real.txt"), article("Real")},
                               {QStringLiteral("soft.txt"), {}, AE_IFLNK, QStringLiteral("/etc/passwd")},
                               {QStringLiteral("hard.txt"), {}, AE_IFREG, QStringLiteral("real.txt"), true},
                               {QStringLiteral("dev"), {}, AE_IFCHR}, {QStringLiteral("fifo"), {}, AE_IFIFO}},
                QStringLiteral("tar"));
        const WalkResult r = walkAndParse({write(dir, QStringLiteral("links.tar"), bytes)});
        QCOMPARE(paths(r), QStringList {QStringLiteral("real.txt")});
        QVERIFY2(hasRejection(r, QStringLiteral("soft.txt"), "symbolic link"), qPrintable(r.rejectionText()));
        QVERIFY(hasRejection(r, QStringLiteral("hard.txt"), "hard link"));
        QVERIFY(hasRejection(r, QStringLiteral("dev"), "device"));
        QVERIFY(hasRejection(r, QStringLiteral("fifo"), "device"));
    }

    void decompressionBomb_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("zip") << QStringLiteral("zip");
        QTest::newRow("tar.gz") << QStringLiteral("tar.gz");
    }

    void decompressionBomb()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QByteArray zeros(60 * 1024 * 1024, '\0');
        const QByteArray bytes = buildArchive(
            {{QStringLiteral("a-first.txt"), article("Before")}, {QStringLiteral("bomb.txt"), zeros}}, kind);
        QVERIFY(bytes.size() < 1024 * 1024);
        const WalkResult r = walkAndParse({write(dir, QStringLiteral("bomb.") + kind, bytes)});
        QVERIFY2(hasRejection(r, QStringLiteral("bomb.txt"), "compression ratio"), qPrintable(r.rejectionText()));
        QVERIFY(paths(r).contains(QStringLiteral("a-first.txt")));
        QVERIFY(!paths(r).contains(QStringLiteral("bomb.txt")));

        // With the ratio check relaxed, the per-file cap stops it at 50 MB read, not at 60.
        ImportLimits relaxed;
        relaxed.maxCompressionRatio = 1e9;
        const WalkResult capped = walkAndParse({dir.filePath(QStringLiteral("bomb.") + kind)}, relaxed);
        QVERIFY2(hasRejection(capped, QStringLiteral("bomb.txt"), "larger than the 50 MB limit"),
            qPrintable(capped.rejectionText()));
    }

    void truncatedAndCorruptArchives_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("zip") << QStringLiteral("zip");
        QTest::newRow("tar.gz") << QStringLiteral("tar.gz");
        QTest::newRow("7z") << QStringLiteral("7z");
    }

    void truncatedAndCorruptArchives()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QList<Member> members;
        for (int i = 0; i < 6; ++i) {
            QByteArray noise;
            for (int j = 0; j < 20000; ++j)
                noise += char('a' + (j * 7 + i * 13 + j / 5) % 26);
            members.append(
                {QStringLiteral("doc%1.txt").arg(i), QByteArray("Title ") + QByteArray::number(i) + "\n\n" + noise});
        }
        const QByteArray whole = buildArchive(members, kind);
        const WalkResult complete = walkAndParse({write(dir, QStringLiteral("whole.") + kind, whole)});
        QCOMPARE(complete.files.size(), 6);
        QVERIFY(complete.rejections.isEmpty());
        const QString cut = write(dir, QStringLiteral("cut.") + kind, whole.left(whole.size() / 2));
        const WalkResult r = walkAndParse({cut});
        QVERIFY(r.completed);
        QVERIFY(r.files.size() < 6);
        QVERIFY2(!r.rejections.isEmpty(), "a truncated archive must be reported");
        const QString reasons = r.rejectionText();
        QVERIFY2(reasons.contains(QLatin1String("truncated")) || reasons.contains(QLatin1String("corrupt"))
                || reasons.contains(QLatin1String("decompress")),
            qPrintable(reasons));
        // Garbage with an archive name is reported as such, not as a text article.
        const WalkResult garbage
            = walkAndParse({write(dir, QStringLiteral("garbage.") + kind, QByteArray(5000, '\x9c'))});
        QVERIFY(garbage.files.isEmpty());
        QCOMPARE(garbage.rejections.size(), 1);
    }

    void nestedArchives()
    {
        QTemporaryDir dir;
        const QByteArray level3 = buildArchive({{QStringLiteral("deep.txt"), article("Deep")}}, QStringLiteral("zip"));
        const QByteArray level2
            = buildArchive({{QStringLiteral("mid.txt"), article("Middle")}, {QStringLiteral("three.zip"), level3}},
                QStringLiteral("tar.gz"));
        const QByteArray level1
            = buildArchive({{QStringLiteral("top.txt"), article("Top")}, {QStringLiteral("inner/two.tar.gz"), level2}},
                QStringLiteral("zip"));
        const WalkResult r = walkAndParse({write(dir, QStringLiteral("nested.zip"), level1)});
        QCOMPARE(paths(r), (QStringList {QStringLiteral("top.txt"), QStringLiteral("inner/two.tar.gz/mid.txt")}));
        QVERIFY2(hasRejection(r, QStringLiteral("inner/two.tar.gz/three.zip"), "nested more than 2"),
            qPrintable(r.rejectionText()));
    }

    void entryTotalAndDepthLimits()
    {
        QTemporaryDir dir;
        QList<Member> many;
        for (int i = 0; i < 10; ++i)
            many.append({QStringLiteral("f%1.txt").arg(i), article("Many")});
        QString deepName;
        for (int i = 0; i < 40; ++i)
            deepName += QStringLiteral("d%1/").arg(i);
        many.append({deepName + QStringLiteral("x.txt"), article("Deep")});
        const QString path = write(dir, QStringLiteral("many.tar"), buildArchive(many, QStringLiteral("tar")));

        const WalkResult depth = walkAndParse({path});
        QCOMPARE(depth.files.size(), 10);
        QVERIFY(hasRejection(depth, deepName + QStringLiteral("x.txt"), "deeper than 32"));

        ImportLimits fewEntries;
        fewEntries.maxEntries = 4;
        const WalkResult entries = walkAndParse({path}, fewEntries);
        QCOMPARE(entries.files.size(), 4);
        QVERIFY(std::any_of(entries.rejections.cbegin(), entries.rejections.cend(),
            [](const Rejection& x) { return x.reason.contains(QLatin1String("more than 4 entries")); }));

        // Counted on decompressed bytes: the tar.gz itself is far smaller than the limit.
        QList<Member> big;
        const QByteArray text = article("Big") + QByteArray(5000, 'z');
        for (int i = 0; i < 10; ++i)
            big.append({QStringLiteral("b%1.txt").arg(i), text});
        const QByteArray bigArchive = buildArchive(big, QStringLiteral("tar.gz"));
        ImportLimits smallTotal;
        smallTotal.maxTotalBytes = 3 * text.size() + 1;
        QVERIFY(bigArchive.size() < smallTotal.maxTotalBytes);
        const WalkResult total = walkAndParse({write(dir, QStringLiteral("big.tar.gz"), bigArchive)}, smallTotal);
        QCOMPARE(total.files.size(), 3);
        QVERIFY(std::any_of(total.rejections.cbegin(), total.rejections.cend(),
            [](const Rejection& x) { return x.reason.contains(QLatin1String("total limit")); }));
    }

    void manifestComesFirstInArchives()
    {
        QTemporaryDir dir;
        const QByteArray manifest = R"({"format": "kairos-bundle", "version": 1, "title": "Zipped",
            "files": {"a.txt": {"title": "Overridden", "published": "2025-12-08"}}})";
        const QByteArray bytes = buildArchive(
            {{QStringLiteral("demo/a.txt"), article("Original")}, {QStringLiteral("demo/bundle.json"), manifest}},
            QStringLiteral("zip"));
        const WalkResult r = walkAndParse({write(dir, QStringLiteral("demo.zip"), bytes)});
        QCOMPARE(paths(r), (QStringList {QStringLiteral("demo/bundle.json"), QStringLiteral("demo/a.txt")}));
        QCOMPARE(r.parsed.first().bundleTitle, QStringLiteral("Zipped"));
        const Article& a = r.parsed.at(1).articles.first().article;
        QCOMPARE(a.title, QStringLiteral("Overridden"));
        QCOMPARE(a.published->toIsoString(), QStringLiteral("2025-12-08"));
    }

    void deepJsonNesting()
    {
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        const ParsedFile p = parseFile(SourceFile {QStringLiteral("b"), QStringLiteral("deep.json"), deep});
        QVERIFY2(p.error.contains(QLatin1String("nested deeper than 1024 levels")), qPrintable(p.error));
        // Brackets inside strings do not count.
        const QByteArray quoted = "[{\"title\": \"" + QByteArray(5000, '[') + "\", \"body\": \"x\"}]";
        QVERIFY(parseFile(SourceFile {QStringLiteral("b"), QStringLiteral("q.json"), quoted}).error.isEmpty());
        const ParsedFile broken = parseFile(SourceFile {
            QStringLiteral("b"), QStringLiteral("reut2-010.json"), QByteArray("[{\"title\": \"unterminated")});
        QVERIFY2(broken.error.startsWith(QLatin1String("JSON parse error at offset ")), qPrintable(broken.error));
    }

    void invalidEncodingsAndHugeLines()
    {
        const QByteArray bad = "Title \xC3\x28 here\n\nBody \xFF\xFE\xFD text.\n";
        const ParsedFile p = parseFile(SourceFile {QStringLiteral("b"), QStringLiteral("bad.txt"), bad});
        QVERIFY(p.error.isEmpty());
        QCOMPARE(p.articles.size(), 1);
        QVERIFY(p.articles.first().article.title.contains(QChar(0xFFFD)));
        QVERIFY(!p.warnings.isEmpty());
        QVERIFY(p.warnings.first().contains(QLatin1String("replaced")));

        const QByteArray huge = QByteArray(20 * 1024 * 1024, 'x');
        const ParsedFile h = parseFile(SourceFile {QStringLiteral("b"), QStringLiteral("huge.txt"), huge});
        QCOMPARE(h.articles.size(), 1);
        QVERIFY(h.articles.first().article.title.size() <= 1000);
        const ParsedFile hh = parseFile(SourceFile {QStringLiteral("b"), QStringLiteral("huge.html"), "<p>" + huge});
        QCOMPARE(hh.articles.size(), 1);
        const ParsedFile binary
            = parseFile(SourceFile {QStringLiteral("b"), QStringLiteral("x.txt"), QByteArray("\x01\x00\x02", 3)});
        QVERIFY(binary.error.contains(QLatin1String("binary")));
    }

    void unreadableFile()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("ok.txt"), article("Fine"));
        const QString locked = write(dir, QStringLiteral("locked.txt"), article("Locked"));
        QFile::setPermissions(locked, QFileDevice::Permissions());
        if (::access(QFile::encodeName(locked).constData(), R_OK) == 0)
            QSKIP("running as root: a chmod 000 file is still readable, so the unreadable case cannot be made");
        const WalkResult r = walkAndParse({dir.path()});
        QCOMPARE(paths(r), QStringList {QStringLiteral("ok.txt")});
        QVERIFY(hasRejection(r, QStringLiteral("locked.txt"), "cannot be read"));
    }

    void symlinksInFolders()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("root/a.txt"), article("Inside"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("root")), dir.filePath(QStringLiteral("root/loop"))));
        QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), dir.filePath(QStringLiteral("root/outside.txt"))));
        const WalkResult r = walkAndParse({dir.filePath(QStringLiteral("root"))});
        QVERIFY(r.completed);
        QCOMPARE(paths(r), QStringList {QStringLiteral("a.txt")});
        QVERIFY(hasRejection(r, QStringLiteral("loop"), "symbolic link"));
        QVERIFY(hasRejection(r, QStringLiteral("outside.txt"), "symbolic link"));
    }

    void missingInputAndCancel()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("a.txt"), article("A"));
        const WalkResult r = walkAndParse({dir.filePath(QStringLiteral("nope")), dir.path()});
        QCOMPARE(r.files.size(), 1);
        QCOMPARE(r.rejections.first().reason, QStringLiteral("no such file or folder"));
        const std::atomic_bool cancel {true};
        const WalkResult cancelled = walkAndParse({dir.path()}, {}, &cancel);
        QVERIFY(!cancelled.completed);
        QVERIFY(cancelled.files.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportHostile)
#include "tst_importhostile.moc"
