// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importtypes.h"

#include <QStringList>

namespace Kairos::Import {

class WalkBudget;

/// Turns dropped paths (folders, archives, single files) into in-memory SourceFiles. Folders are
/// searched recursively without following symbolic links; archives, also archives inside archives,
/// are read in memory. Each bundle's bundle.json is handed out before its other files so that its
/// overrides are known when the articles arrive. Safe to run on a worker thread.
class BundleWalker
{
public:
    explicit BundleWalker(const ImportLimits& limits = {});

    /// Returns false when cancelled; every skipped path is reported through onRejected.
    bool walk(const QStringList& inputs, const FileCallback& onFile, const RejectionCallback& onRejected,
        const std::atomic_bool* cancel = nullptr, const ProgressCallback& progress = {}) const;

private:
    bool walkFolder(const QString& bundle, const QString& folder, const QString& relative, int depth,
        WalkBudget& budget, const FileCallback& onFile, const RejectionCallback& onRejected) const;
    bool walkFile(const QString& bundle, const QString& filePath, const QString& relative, WalkBudget& budget,
        const FileCallback& onFile, const RejectionCallback& onRejected) const;

    ImportLimits m_limits;
};

} // namespace Kairos::Import
