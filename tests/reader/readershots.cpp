// SPDX-License-Identifier: GPL-3.0-or-later
// kairos-reader-shots WORKSPACE OUTPUT_FOLDER: PNGs of the reader in a light and a dark palette.
#include "models/articlemodel.h"
#include "models/entitymodel.h"
#include "reader/articlereader.h"
#include "reader/querylineedit.h"
#include "store/workspace.h"

#include <QApplication>
#include <QDir>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdio>

using namespace Kairos;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(42, 46, 50));
    p.setColor(QPalette::WindowText, QColor(220, 220, 220));
    p.setColor(QPalette::Base, QColor(27, 30, 32));
    p.setColor(QPalette::AlternateBase, QColor(35, 38, 41));
    p.setColor(QPalette::Text, QColor(220, 220, 220));
    p.setColor(QPalette::Button, QColor(49, 54, 59));
    p.setColor(QPalette::ButtonText, QColor(220, 220, 220));
    p.setColor(QPalette::Highlight, QColor(61, 174, 233));
    p.setColor(QPalette::HighlightedText, QColor(255, 255, 255));
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::ToolTipBase, QColor(49, 54, 59));
    p.setColor(QPalette::ToolTipText, QColor(220, 220, 220));
    return p;
}

void process()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: kairos-reader-shots WORKSPACE OUTPUT_FOLDER\n");
        return 2;
    }
    StoreError error;
    auto workspace = Workspace::open(args.at(1), Workspace::OpenMode::ReadOnly, &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    QDir out(args.at(2));
    out.mkpath(QStringLiteral("."));

    // The event with the most evidence makes the richest picture.
    qint64 eventId = 0;
    qsizetype most = -1;
    const QList<ArticleSummary> summaries = workspace->articleSummaries();
    for (const ArticleSummary& summary : summaries) {
        for (const Event& event : workspace->eventsForArticle(summary.id)) {
            if (event.evidence.size() > most) {
                most = event.evidence.size();
                eventId = event.id;
            }
        }
    }

    ArticleModel articles(workspace.get());
    EntityModel entities(workspace.get());
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* query = new QueryLineEdit(&window);
    query->setEntityNames(entities.entityNames());
    layout->addWidget(query);
    auto* reader = new ArticleReader(workspace.get(), &articles, &window);
    layout->addWidget(reader);
    window.resize(760, 1000);
    window.show();
    query->setText(QStringLiteral("type:approval entity:Nvidia after:2025-12-01 dat:x \"emergency meeting\" chips"));
    reader->showEvent(eventId);
    const QList<Entity> all = workspace->entities();
    if (!all.isEmpty())
        reader->highlightEntity(all.first().id);

    const auto shoot = [&](const QString& name) {
        for (int tab : {0, 2, 3}) {
            reader->tabs()->setCurrentIndex(tab);
            process();
            window.grab().save(out.filePath(QStringLiteral("%1-%2.png").arg(name).arg(tab)));
        }
        reader->tabs()->setCurrentIndex(0);
    };
    app.setPalette(app.style()->standardPalette());
    process();
    reader->showEvent(eventId);
    shoot(QStringLiteral("light"));
    app.setPalette(darkPalette());
    process();
    reader->showEvent(eventId);
    shoot(QStringLiteral("dark"));
    std::printf("event %lld, %d articles\n", eventId, int(summaries.size()));
    return 0;
}
