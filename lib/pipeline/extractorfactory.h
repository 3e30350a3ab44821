// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importpipeline.h"

namespace Kairos {

/// The import pipeline's extraction step with the shipped rules (resources/extract), shared by the
/// GUI, the CLI and the demo. Empty when the rules cannot be loaded (the reason goes to *error).
ImportPipeline::Extractor defaultExtractor(QString* error = nullptr);

} // namespace Kairos
