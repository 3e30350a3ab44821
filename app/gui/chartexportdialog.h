// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/chartexporter.h"
#include "chart/chartexportjob.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QSpinBox;
class QTimer;

namespace Kairos {

class TimelineChart;

/// File › Export Chart…: a preview of the page as it will be written, its size and resolution (the chart as
/// on screen, 4K, A4 at 300 dpi or any), its title, and saving as PNG, SVG or PDF or copying to the clipboard.
/// It starts at the chart's size on screen in device pixels, so a HiDPI screen gives a sharp image by default.
class ChartExportDialog : public QDialog
{
    Q_OBJECT
public:
    ChartExportDialog(TimelineChart* chart, SourceLookup lookup, const QString& title, QWidget* parent = nullptr);

    ExportOptions options() const;
    /// Where Save As… wrote the chart, once the dialog was accepted.
    QString writtenPath() const { return m_writtenPath; }
    /// Writes the page to `path` in the background behind a progress dialog that can cancel it; the
    /// dialog is accepted once the file is written and stays open after a failure or a cancel.
    void startExport(const QString& path);

private:
    struct Preset
    {
        QString name;
        int width;
        int height;
        int dpi;
    };
    static QList<Preset> presetsFor(TimelineChart* chart);
    void applyPreset(int preset);
    void optionsEdited();
    void renderPreview();
    void saveAs();
    void copyToClipboard();
    void showProgress(const QString& label);
    void exportFinished(ChartExportJob::Outcome outcome, const QString& error);

    ChartExporter m_exporter;
    QList<Preset> m_presets;
    QLineEdit* m_title;
    QComboBox* m_preset;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QSpinBox* m_dpi;
    QLabel* m_preview;
    QLabel* m_pageSize;
    QTimer* m_previewTimer;
    bool m_applyingPreset = false;
    QString m_writtenPath;
    ChartExportJob* m_job;
    QProgressDialog* m_progress = nullptr;
};

} // namespace Kairos
