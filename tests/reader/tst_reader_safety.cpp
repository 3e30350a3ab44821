// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/externallinks.h"
#include "reader/safetextbrowser.h"
#include "reader/safetextdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/inotify.h>
#include <unistd.h>

using namespace Kairos;

namespace {

/// Records the files in one folder that anybody in this process opens or reads, through inotify.
class OpenSpy
{
public:
    explicit OpenSpy(const QString& folder)
        : m_fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        if (m_fd >= 0)
            inotify_add_watch(m_fd, QFile::encodeName(folder).constData(), IN_OPEN | IN_ACCESS);
    }
    ~OpenSpy()
    {
        if (m_fd >= 0)
            close(m_fd);
    }
    bool isValid() const { return m_fd >= 0; }
    QStringList openedFiles()
    {
        QStringList names;
        alignas(inotify_event) char buffer[8192];
        for (;;) {
            const ssize_t n = read(m_fd, buffer, sizeof buffer);
            if (n <= 0)
                break;
            for (ssize_t i = 0; i < n;) {
                const auto* event = reinterpret_cast<const inotify_event*>(buffer + i);
                if (event->len > 0)
                    names << QFile::decodeName(event->name);
                i += ssize_t(sizeof(inotify_event) + event->len);
            }
        }
        names.removeDuplicates();
        return names;
    }

private:
    int m_fd;
};

/// Counts whether the document ever falls back on the browser's own loader.
class CountingBrowser : public SafeTextBrowser
{
public:
    QVariant loadResource(int type, const QUrl& name) override
    {
        ++browserLoads;
        return SafeTextBrowser::loadResource(type, name);
    }
    bool confirmAndOpen(const QUrl& url) override
    {
        confirmations << url;
        return false;
    }
    using SafeTextBrowser::handleLink;
    int browserLoads = 0;
    QList<QUrl> confirmations;
};

void render(QTextBrowser& browser)
{
    browser.resize(600, 400);
    // Images are asked for while laying out and painting: do both.
    browser.document()->setTextWidth(580);
    browser.document()->documentLayout()->documentSize();
    browser.grab();
    QCoreApplication::processEvents();
}

} // namespace

class TestReaderSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QImage image(4, 4, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(m_dir.filePath(QStringLiteral("secret.png"))));
        QFile css(m_dir.filePath(QStringLiteral("secret.css")));
        QVERIFY(css.open(QIODevice::WriteOnly));
        css.write("body { color: red }");
    }

    void plainBrowserWouldOpenTheFile()
    {
        // The control: proves the spy sees what an unprotected QTextBrowser does with the same markup.
        OpenSpy spy(m_dir.path());
        QVERIFY(spy.isValid());
        QTextBrowser browser;
        browser.setHtml(QStringLiteral("<p>x</p><img src=\"%1\">")
                            .arg(QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("secret.png"))).toString()));
        render(browser);
        QVERIFY(spy.openedFiles().contains(QStringLiteral("secret.png")));
    }

    void htmlLoadsNoResource()
    {
        OpenSpy spy(m_dir.path());
        QVERIFY(spy.isValid());
        const QString png = m_dir.filePath(QStringLiteral("secret.png"));
        const QString css = m_dir.filePath(QStringLiteral("secret.css"));
        const QString html = QStringLiteral(
            "<html><head><link rel=\"stylesheet\" href=\"%3\"><style>body { background-image: url(/etc/passwd) }"
            " p { background-image: url(%1) }</style></head><body>"
            "<img src=\"/dev/zero\"><img src=\"file:///etc/passwd\"><img src=\"%2\"><img src=\"%1\">"
            "<table background=\"%1\"><tr><td background=\"%2\">cell</td></tr></table>"
            "<p style=\"background-image: url(%1)\">styled</p></body></html>")
                                 .arg(png, QUrl::fromLocalFile(png).toString(), QUrl::fromLocalFile(css).toString());
        CountingBrowser browser;
        browser.setHtml(html);
        render(browser);
        QCOMPARE(browser.browserLoads, 0);
        QVERIFY(browser.safeDocument()->refusedRequests() > 0);
        QCOMPARE(browser.document(), browser.safeDocument());
        QCOMPARE(spy.openedFiles().join(QLatin1Char(',')), QString());
    }

    void markdownLoadsNoResourceAndShowsHtmlAsText()
    {
        OpenSpy spy(m_dir.path());
        const QString png = QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("secret.png"))).toString();
        CountingBrowser browser;
        browser.setSafeMarkdown(QStringLiteral("# Title\n\n![zero](/dev/zero) ![secret](%1)\n\n"
                                               "<img src=\"/etc/passwd\"> and <b>not bold</b>\n")
                                    .arg(png));
        render(browser);
        QCOMPARE(browser.browserLoads, 0);
        QVERIFY(browser.safeDocument()->refusedRequests() > 0);
        QCOMPARE(spy.openedFiles().join(QLatin1Char(',')), QString());
        const QString shown = browser.toPlainText();
        QVERIFY2(shown.contains(QLatin1String("<img src=\"/etc/passwd\">")), qPrintable(shown));
        QVERIFY(shown.contains(QLatin1String("<b>not bold</b>")));
    }

    void noNetworkConnection()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QSignalSpy connections(&server, &QTcpServer::newConnection);
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        const QString html = QStringLiteral(
            "<html><head><link rel=\"stylesheet\" href=\"%1/style.css\"><script src=\"%1/app.js\"></script>"
            "<style>@import url(%1/import.css); body { background: url(%1/bg.png) }</style></head><body>"
            "<img src=\"%1/x\"><iframe src=\"%1/frame\"></iframe><object data=\"%1/object\"></object>"
            "<video src=\"%1/video\" poster=\"%1/poster.png\"></video><p style=\"background-image:url(%1/p.png)\">p</p>"
            "<a href=\"%1/link\">link</a></body></html>")
                                 .arg(base);
        CountingBrowser browser;
        browser.setHtml(html);
        render(browser);
        browser.setSafeMarkdown(QStringLiteral("![x](%1/md.png) <img src=\"%1/raw.png\">").arg(base));
        render(browser);
        QTest::qWait(300);
        QCOMPARE(connections.count(), 0);
        QVERIFY(!server.hasPendingConnections());
        QCOMPARE(browser.browserLoads, 0);
    }

    void hundredHostileDocumentsConnectNowhere_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("url");
        // Every way an HTML page or its CSS names a resource, times the ways a URL can point at a server.
        const QStringList patterns {
            QStringLiteral("<img src=\"%1\">"),
            QStringLiteral("<img srcset=\"%1 1x, %1 2x\" src=\"%1\">"),
            QStringLiteral("<picture><source srcset=\"%1\"><img src=\"%1\"></picture>"),
            QStringLiteral("<link rel=\"stylesheet\" href=\"%1\">"),
            QStringLiteral("<link rel=\"preload\" as=\"image\" href=\"%1\">"),
            QStringLiteral("<style>@import url(%1);</style>"),
            QStringLiteral("<style>@import \"%1\";</style>"),
            QStringLiteral("<style>body { background: url(%1) }</style>"),
            QStringLiteral("<style>@font-face { font-family: x; src: url(%1) } p { font-family: x }</style><p>t</p>"),
            QStringLiteral("<p style=\"background-image: url('%1')\">styled</p>"),
            QStringLiteral("<table background=\"%1\"><tr><td background=\"%1\">cell</td></tr></table>"),
            QStringLiteral("<body background=\"%1\">body</body>"),
            QStringLiteral("<script src=\"%1\"></script><script>new Image().src='%1'</script>"),
            QStringLiteral("<iframe src=\"%1\"></iframe><frame src=\"%1\">"),
            QStringLiteral("<object data=\"%1\"></object><embed src=\"%1\">"),
            QStringLiteral("<video src=\"%1\" poster=\"%1\"></video><audio src=\"%1\"></audio>"),
            QStringLiteral("<meta http-equiv=\"refresh\" content=\"0; url=%1\">"),
            QStringLiteral("<svg><image href=\"%1\" width=\"10\" height=\"10\"/></svg>"),
            QStringLiteral("<input type=\"image\" src=\"%1\"><form action=\"%1\"><button>go</button></form>"),
            QStringLiteral("<base href=\"%1/\"><img src=\"relative.png\"><a href=\"page\">link</a>"),
        };
        const QStringList forms {QStringLiteral("http://127.0.0.1:PORT/r"), QStringLiteral("//127.0.0.1:PORT/r"),
            QStringLiteral("http://localhost:PORT/r?x=1#f"), QStringLiteral("HTTP://127.0.0.1:PORT/%72"),
            QStringLiteral("http://[::ffff:127.0.0.1]:PORT/r")};
        for (int p = 0; p < patterns.size(); ++p) {
            for (int f = 0; f < forms.size(); ++f)
                QTest::addRow("pattern %d, url %d", p, f) << patterns.at(p) << forms.at(f);
        }
    }

    void hundredHostileDocumentsConnectNowhere()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, url);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::Any));
        const QString target = QString(url).replace(QLatin1String("PORT"), QString::number(server.serverPort()));
        const QString html
            = QStringLiteral("<html><head><title>t</title></head><body><h1>Headline</h1>%1<p>Text.</p></body></html>")
                  .arg(pattern.arg(target));
        CountingBrowser browser;
        browser.setHtml(html);
        render(browser);
        browser.setSafeMarkdown(QStringLiteral("# Headline\n\n![x](%1) %2").arg(target, pattern.arg(target)));
        render(browser);
        QTest::qWait(20);
        QCOMPARE(server.hasPendingConnections(), false);
        QCOMPARE(browser.browserLoads, 0);
    }

    void linksNeverNavigate()
    {
        CountingBrowser browser;
        browser.setHtml(QStringLiteral("<p><a href=\"https://example.org/a\">web</a> "
                                       "<a href=\"file:///etc/passwd\">file</a></p>"));
        QSignalSpy external(&browser, &SafeTextBrowser::externalLinkRequested);
        for (const char* link : {"file:///etc/passwd", "data:text/html,<b>x</b>", "javascript:alert(1)", "/etc/passwd",
                 "ftp://example.org/x", "http:///nohost"})
            browser.handleLink(QUrl(QString::fromLatin1(link)));
        QCOMPARE(external.count(), 0);
        QVERIFY(browser.confirmations.isEmpty());
        browser.handleLink(QUrl(QStringLiteral("https://example.org/a")));
        QCOMPARE(external.count(), 1);
        QCOMPARE(browser.confirmations, QList<QUrl>({QUrl(QStringLiteral("https://example.org/a"))}));
        QVERIFY(browser.source().isEmpty());
        QVERIFY(!browser.openLinks());
        QVERIFY(!browser.openExternalLinks());
    }

    void realClickOnFileLinkDoesNothing()
    {
        CountingBrowser browser;
        browser.setHtml(QStringLiteral("<p><a href=\"file:///etc/passwd\">open the password file</a></p>"));
        browser.resize(400, 200);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QSignalSpy clicked(&browser, &QTextBrowser::anchorClicked);
        QTextCursor cursor(browser.document());
        cursor.setPosition(3);
        const QPoint point = browser.cursorRect(cursor).center();
        QTest::mouseClick(browser.viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(clicked.count(), 1);
        QVERIFY(browser.confirmations.isEmpty());
        QVERIFY(browser.source().isEmpty());
        QVERIFY(browser.toPlainText().contains(QLatin1String("open the password file")));
    }

    void externalLinkPolicy()
    {
        QVERIFY(ExternalLinks::isOpenable(QUrl(QStringLiteral("https://example.org/"))));
        QVERIFY(ExternalLinks::isOpenable(QUrl(QStringLiteral("HTTP://example.org/x?y"))));
        QVERIFY(!ExternalLinks::isOpenable(QUrl(QStringLiteral("file:///etc/passwd"))));
        QVERIFY(!ExternalLinks::isOpenable(QUrl(QStringLiteral("data:text/plain,x"))));
        QVERIFY(!ExternalLinks::isOpenable(QUrl(QStringLiteral("javascript:alert(1)"))));
        QVERIFY(!ExternalLinks::isOpenable(QUrl(QStringLiteral("relative/path"))));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReaderSafety)
#include "tst_reader_safety.moc"
