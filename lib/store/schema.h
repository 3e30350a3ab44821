// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"
#include "workspacelocation.h"

#include <QSqlDatabase>

namespace Kairos::Schema {

/// The schema version this build writes. Older workspaces are migrated on open; newer ones are refused.
constexpr int currentVersion = 2;

/// Identifies a SQLite file as a Kairos workspace (PRAGMA application_id), "KAIR".
constexpr int sqliteApplicationId = 0x4B414952;

/// Reads the stored schema version; 0 for an empty database.
int storedVersion(QSqlDatabase& db, WorkspaceLocation::Backend backend, StoreError* error);

/// Brings an empty or older database up to currentVersion, all in one transaction.
bool migrate(QSqlDatabase& db, WorkspaceLocation::Backend backend, int fromVersion, StoreError* error);

} // namespace Kairos::Schema
