// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formatwriter.h"

#include <QJsonObject>

namespace Kairos {

/// A JSON array of the events as `kairos-cli events --json` prints them (one event per line), undated
/// events included.
class KairosJsonWriter : public FormatWriter
{
public:
    using FormatWriter::FormatWriter;

    void begin(QIODevice& out) override;
    Outcome write(const Event& event) override;
    void finish() override;

    /// One event with its dates, entities, status, sources and evidence.
    static QJsonObject eventObject(const Event& event, ExportContext& context);

private:
    int m_count = 0;
};

} // namespace Kairos
