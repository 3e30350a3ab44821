// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importpipeline.h"

namespace Kairos {

/// What an analyst can change about extraction (Preferences, or kairos-cli options).
struct ExtractionSettings
{
    /// "03/04/2025" is 3 April rather than March 4.
    bool numericDayFirst = false;
    /// The analyst's own gazetteers (JSON, same format as the shipped one).
    QStringList gazetteerFiles;
};

/// The import pipeline's extraction step with the shipped rules (resources/extract), shared by the
/// GUI, the CLI and the demo. Empty when the rules cannot be loaded (the reason goes to *error); a
/// gazetteer that cannot be read is skipped and named in *error, extraction still runs.
ImportPipeline::Extractor defaultExtractor(QString* error = nullptr, const ExtractionSettings& settings = {});

} // namespace Kairos
