// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importtypes.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>

namespace Kairos {

class ImportJournal;

/// What an import did, for the GUI's report dialog and `kairos-cli import --json`.
struct ImportReport
{
    int articlesAdded = 0;
    int articlesSkipped = 0;
    int eventsAdded = 0;
    int entitiesAdded = 0;
    /// Files that could not be imported, each with its path inside the bundle and the reason.
    QList<Import::Rejection> errors;
    /// Things worth knowing that are not failures ("already in the workspace", decoding warnings).
    QStringList notes;
    bool cancelled = false;
    /// Set when the workspace itself failed (disk full, connection lost): the run stopped there.
    QString fatalError;
    /// What the import changed, for undoing it; null when it changed nothing.
    std::shared_ptr<ImportJournal> journal;

    bool nothingDone() const
    {
        return articlesAdded == 0 && articlesSkipped == 0 && eventsAdded == 0 && !errors.isEmpty();
    }
    QJsonObject toJson() const;
    QString summary() const;
};

} // namespace Kairos
