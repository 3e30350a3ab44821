// SPDX-License-Identifier: GPL-3.0-or-later
#include "extractorfactory.h"

#include "extract/extractor.h"

namespace Kairos {

ImportPipeline::Extractor defaultExtractor(QString* error)
{
    const std::shared_ptr<const Extract::Extractor> extractor = Extract::Extractor::createDefault(error);
    if (!extractor)
        return {};
    return [extractor](const Article& article) {
        return extractor->extract(article.title, article.body, article.published, article.outlet);
    };
}

} // namespace Kairos
