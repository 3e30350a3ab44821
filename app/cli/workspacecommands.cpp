// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kairos::Cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kairos-cli", text);
}

int init(const QCommandLineParser& parser, Io& io)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        io.err << tr("kairos-cli init: expected exactly one WORKSPACE argument\n");
        return UsageError;
    }
    StoreError error;
    const auto workspace = Workspace::open(args.first(), Workspace::OpenMode::CreateIfMissing, &error);
    if (!workspace) {
        io.err << "kairos-cli init: " << error.message << '\n';
        return Failure;
    }
    io.out << tr("Workspace ready: %1\n").arg(workspace->location().displayString());
    return Ok;
}

int stats(const QCommandLineParser& parser, Io& io)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        io.err << tr("kairos-cli stats: expected exactly one WORKSPACE argument\n");
        return UsageError;
    }
    StoreError error;
    const auto workspace = Workspace::open(args.first(), Workspace::OpenMode::ReadOnly, &error);
    if (!workspace) {
        io.err << "kairos-cli stats: " << error.message << '\n';
        return Failure;
    }
    const WorkspaceStats counts = workspace->stats();
    if (workspace->lastError().isError()) {
        io.err << "kairos-cli stats: " << workspace->lastError().message << '\n';
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject object {{QStringLiteral("articles"), counts.articles},
            {QStringLiteral("events"), counts.events}, {QStringLiteral("entities"), counts.entities},
            {QStringLiteral("mentions"), counts.mentions}};
        io.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    } else {
        io.out << tr("Articles: %1\nEvents: %2\nEntities: %3\nMentions: %4\n")
                      .arg(counts.articles)
                      .arg(counts.events)
                      .arg(counts.entities)
                      .arg(counts.mentions);
    }
    return Ok;
}

} // namespace

QList<Command> workspaceCommands()
{
    return {
        {QStringLiteral("init"), QStringLiteral("init WORKSPACE"),
            tr("Create an empty workspace (a .kairos file or a postgresql:// URL)."),
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace to create."));
            },
            init},
        {QStringLiteral("stats"), QStringLiteral("stats WORKSPACE [--json]"),
            tr("Print the numbers of articles, events, entities and mentions."),
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace to count."));
                p.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
            },
            stats},
    };
}

} // namespace Kairos::Cli
