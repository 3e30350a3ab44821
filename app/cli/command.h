// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Kairos::Cli {

/// Exit statuses shared by every subcommand.
enum ExitCode { Ok = 0, Failure = 1, UsageError = 2, PartialFailure = 3 };

struct Io
{
    QTextStream out;
    QTextStream err;
};

/// A subcommand: it adds its own options to the parser, then runs on what was parsed.
struct Command
{
    QString name;
    QString synopsis;
    QString description;
    std::function<void(QCommandLineParser&)> addOptions;
    std::function<int(const QCommandLineParser&, Io&)> run;
    /// Rendering fonts and images needs a QGuiApplication; everything else runs on a plain core application.
    bool needsGui = false;
};

QList<Command> workspaceCommands();
QList<Command> importCommands();
QList<Command> queryCommands();
QList<Command> chartCommands();
QList<Command> exportCommands();

} // namespace Kairos::Cli
