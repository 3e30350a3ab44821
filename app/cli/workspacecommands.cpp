// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kairos::Cli {

namespace {

int init(const QCommandLineParser& parser, Io& io)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        io.err << QCoreApplication::translate(
            "kairos-cli", "kairos-cli init: expected exactly one WORKSPACE argument\n");
        return UsageError;
    }
    StoreError error;
    const auto workspace = Workspace::open(args.first(), Workspace::OpenMode::CreateIfMissing, &error);
    if (!workspace) {
        io.err << "kairos-cli init: " << error.message << '\n';
        return Failure;
    }
    io.out << QCoreApplication::translate("kairos-cli", "Workspace ready: %1\n")
                  .arg(workspace->location().displayString());
    return Ok;
}

int stats(const QCommandLineParser& parser, Io& io)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        io.err << QCoreApplication::translate(
            "kairos-cli", "kairos-cli stats: expected exactly one WORKSPACE argument\n");
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
        io.out << QCoreApplication::translate("kairos-cli", "Articles: %1\nEvents: %2\nEntities: %3\nMentions: %4\n")
                      .arg(counts.articles)
                      .arg(counts.events)
                      .arg(counts.entities)
                      .arg(counts.mentions);
    }
    return Ok;
}

int grant(const QCommandLineParser& parser, Io& io)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        io.err << QCoreApplication::translate(
            "kairos-cli", "kairos-cli grant: expected a team WORKSPACE URL and a ROLE\n");
        return UsageError;
    }
    StoreError error;
    const auto workspace = Workspace::open(args.first(), Workspace::OpenMode::MustExist, &error);
    if (!workspace) {
        io.err << "kairos-cli grant: " << error.message << '\n';
        return Failure;
    }
    const bool readOnly = parser.isSet(QStringLiteral("read-only"));
    if (!workspace->grantTeamAccess(
            args.at(1), readOnly ? Workspace::TeamAccess::Reader : Workspace::TeamAccess::Editor)) {
        io.err << "kairos-cli grant: " << workspace->lastError().message << '\n';
        return Failure;
    }
    io.out << (readOnly ? QCoreApplication::translate("kairos-cli", "%1 may now read %2.\n")
                        : QCoreApplication::translate("kairos-cli", "%1 may now read and edit %2.\n"))
                  .arg(args.at(1), workspace->location().displayString());
    return Ok;
}

} // namespace

QList<Command> workspaceCommands()
{
    return {
        {QStringLiteral("init"), QStringLiteral("init WORKSPACE"),
            QCoreApplication::translate(
                "kairos-cli", "Create an empty workspace (a .kairos file or a postgresql:// URL)."),
            [](QCommandLineParser& p) {
                p.addPositionalArgument(
                    QStringLiteral("WORKSPACE"), QCoreApplication::translate("kairos-cli", "The workspace to create."));
            },
            init},
        {QStringLiteral("stats"), QStringLiteral("stats WORKSPACE [--json]"),
            QCoreApplication::translate("kairos-cli", "Print the numbers of articles, events, entities and mentions."),
            [](QCommandLineParser& p) {
                p.addPositionalArgument(
                    QStringLiteral("WORKSPACE"), QCoreApplication::translate("kairos-cli", "The workspace to count."));
                p.addOption(
                    {QStringLiteral("json"), QCoreApplication::translate("kairos-cli", "Print one JSON object.")});
            },
            stats},
        {QStringLiteral("grant"), QStringLiteral("grant WORKSPACE ROLE [--read-only]"),
            QCoreApplication::translate("kairos-cli",
                "Let an existing PostgreSQL role edit (or only read) a team workspace, without the right to change "
                "its tables. Run it as the workspace's owner."),
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("WORKSPACE"),
                    QCoreApplication::translate("kairos-cli", "The team workspace (a postgresql:// URL)."));
                p.addPositionalArgument(
                    QStringLiteral("ROLE"), QCoreApplication::translate("kairos-cli", "The team member's role."));
                p.addOption({QStringLiteral("read-only"),
                    QCoreApplication::translate("kairos-cli", "Reading only: no edits, no imports.")});
            },
            grant},
    };
}

} // namespace Kairos::Cli
