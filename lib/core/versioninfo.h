// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kairos {

/// Versions of Kairos and the libraries it runs with, for --version and the About box.
struct VersionInfo
{
    QString kairos;
    QString qt;
    QString syntaxHighlighting;
    QString sqlite;

    static VersionInfo current();
};

} // namespace Kairos
