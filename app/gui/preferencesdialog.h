// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importtypes.h"
#include "pipeline/extractorfactory.h"

#include <QDialog>

class QCheckBox;
class QListWidget;
class QSpinBox;

namespace Kairos {

/// Settings an analyst may want to change: how numeric dates read, their own gazetteers, and the caps
/// that keep bundles from elsewhere harmless. Stored with QSettings; read by every import.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    static ExtractionSettings extractionSettings();
    static Import::ImportLimits importLimits();

    void accept() override;

private:
    void addGazetteer();

    QCheckBox* m_dayFirst;
    QListWidget* m_gazetteers;
    QSpinBox* m_maxFileMegabytes;
    QSpinBox* m_maxBundleMegabytes;
    QSpinBox* m_maxFiles;
};

} // namespace Kairos
