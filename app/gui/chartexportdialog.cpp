// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexportdialog.h"

#include "chart/timelinechart.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace Kairos {

namespace {

struct FixedPreset
{
    const char* name;
    int width;
    int height;
    int dpi;
};

// A4 is 297 × 210 mm: 3508 × 2480 pixels at 300 dpi.
const FixedPreset fixedPresets[] = {
    {QT_TRANSLATE_NOOP("Kairos::ChartExportDialog", "Screen, 1920 × 1080"), 1920, 1080, 96},
    {QT_TRANSLATE_NOOP("Kairos::ChartExportDialog", "Slide, 1600 × 900"), 1600, 900, 96},
    {QT_TRANSLATE_NOOP("Kairos::ChartExportDialog", "4K, 3840 × 2160"), 3840, 2160, 192},
    {QT_TRANSLATE_NOOP("Kairos::ChartExportDialog", "A4 landscape, 300 dpi"), 3508, 2480, 300},
    {QT_TRANSLATE_NOOP("Kairos::ChartExportDialog", "A4 portrait, 300 dpi"), 2480, 3508, 300},
};
constexpr int minimumPixels = 200;
constexpr int maximumPixels = 20000;
const QSize previewBox(560, 360);

} // namespace

ChartExportDialog::ChartExportDialog(TimelineChart* chart, SourceLookup lookup, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_exporter(chart)
    , m_job(new ChartExportJob(this))
{
    setWindowTitle(QCoreApplication::translate("Kairos::ChartExportDialog", "Export Chart"));
    m_exporter.setSourceLookup(std::move(lookup));
    connect(m_job, &ChartExportJob::finished, this, &ChartExportDialog::exportFinished);

    m_title = new QLineEdit(title, this);
    m_preset = new QComboBox(this);
    m_presets = presetsFor(chart);
    for (const Preset& preset : std::as_const(m_presets))
        m_preset->addItem(preset.name);
    m_preset->addItem(QCoreApplication::translate("Kairos::ChartExportDialog", "Custom"));
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox* box : {m_width, m_height}) {
        box->setRange(minimumPixels, maximumPixels);
        box->setSuffix(QCoreApplication::translate("Kairos::ChartExportDialog", " px"));
    }
    // They share a row without labels of their own: screen readers need their names.
    m_width->setAccessibleName(QCoreApplication::translate("Kairos::ChartExportDialog", "Width in pixels"));
    m_height->setAccessibleName(QCoreApplication::translate("Kairos::ChartExportDialog", "Height in pixels"));
    m_dpi = new QSpinBox(this);
    m_dpi->setRange(24, 2400);
    m_dpi->setSuffix(QCoreApplication::translate("Kairos::ChartExportDialog", " dpi"));
    m_dpi->setToolTip(QCoreApplication::translate("Kairos::ChartExportDialog",
        "Sets the printed size of SVG and PDF pages and how large text is on a PNG of this many pixels."));
    m_pageSize = new QLabel(this);

    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch();
    auto* form = new QFormLayout;
    form->addRow(QCoreApplication::translate("Kairos::ChartExportDialog", "&Title:"), m_title);
    form->addRow(QCoreApplication::translate("Kairos::ChartExportDialog", "&Size:"), m_preset);
    form->addRow(QString(), sizeRow);
    form->addRow(QCoreApplication::translate("Kairos::ChartExportDialog", "&Resolution:"), m_dpi);
    form->addRow(QString(), m_pageSize);

    m_preview = new QLabel(this);
    m_preview->setMinimumSize(previewBox);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAccessibleName(QCoreApplication::translate("Kairos::ChartExportDialog", "Preview"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(
        QCoreApplication::translate("Kairos::ChartExportDialog", "&Copy to Clipboard"), QDialogButtonBox::ActionRole);
    QPushButton* save = buttons->addButton(
        QCoreApplication::translate("Kairos::ChartExportDialog", "&Save As…"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    connect(copy, &QPushButton::clicked, this, &ChartExportDialog::copyToClipboard);
    connect(save, &QPushButton::clicked, this, &ChartExportDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    // Rendering a page of a large workspace takes a moment: the preview follows typing with a short delay.
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &ChartExportDialog::renderPreview);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ChartExportDialog::applyPreset);
    for (QSpinBox* box : {m_width, m_height, m_dpi})
        connect(box, &QSpinBox::valueChanged, this, &ChartExportDialog::optionsEdited);
    connect(m_title, &QLineEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    applyPreset(0);
}

ExportOptions ChartExportDialog::options() const
{
    ExportOptions options;
    options.size = QSize(m_width->value(), m_height->value());
    options.dpi = m_dpi->value();
    options.title = m_title->text();
    return options;
}

QList<ChartExportDialog::Preset> ChartExportDialog::presetsFor(TimelineChart* chart)
{
    QList<Preset> presets;
    // The chart as the analyst sees it, in device pixels: twice the logical size on a screen scaled by 2. The
    // resolution grows with it, so the page keeps the screen's layout and text is as sharp as the screen draws it.
    if (chart) {
        qreal ratio = qApp->devicePixelRatio();
        if (const QGraphicsScene* scene = chart->scene(); scene && !scene->views().isEmpty())
            ratio = scene->views().constFirst()->devicePixelRatioF();
        const QSizeF logical = chart->size();
        const int width = int(std::lround(logical.width() * ratio));
        const int height = int(std::lround(logical.height() * ratio));
        if (std::min(width, height) >= minimumPixels && std::max(width, height) <= maximumPixels)
            presets.append({QCoreApplication::translate("Kairos::ChartExportDialog", "As on screen, %1 × %2")
                                .arg(width)
                                .arg(height),
                width, height, int(std::lround(96 * ratio))});
    }
    for (const FixedPreset& preset : fixedPresets)
        presets.append({QCoreApplication::translate("Kairos::ChartExportDialog", preset.name), preset.width,
            preset.height, preset.dpi});
    return presets;
}

void ChartExportDialog::applyPreset(int preset)
{
    if (preset < 0 || preset >= m_presets.size())
        return;
    m_applyingPreset = true;
    m_width->setValue(m_presets[preset].width);
    m_height->setValue(m_presets[preset].height);
    m_dpi->setValue(m_presets[preset].dpi);
    m_applyingPreset = false;
    optionsEdited();
}

void ChartExportDialog::optionsEdited()
{
    if (m_applyingPreset)
        return;
    const ExportOptions current = options();
    // The first preset with these numbers; none is "Custom", the last entry.
    int matching = m_preset->count() - 1;
    for (int i = int(m_presets.size()) - 1; i >= 0; --i) {
        if (m_presets[i].width == current.size.width() && m_presets[i].height == current.size.height()
            && m_presets[i].dpi == current.dpi)
            matching = i;
    }
    const QSignalBlocker blocker(m_preset);
    m_preset->setCurrentIndex(matching);
    const double millimetresPerInch = 25.4;
    m_pageSize->setText(QCoreApplication::translate("Kairos::ChartExportDialog", "Page of %1 × %2 mm in SVG and PDF")
                            .arg(std::lround(current.size.width() * millimetresPerInch / current.dpi))
                            .arg(std::lround(current.size.height() * millimetresPerInch / current.dpi)));
    m_previewTimer->start();
}

void ChartExportDialog::renderPreview()
{
    // The same page at a lower resolution: scaling pixels and dpi together keeps the layout identical.
    const ExportOptions current = options();
    const double fit = std::min(
        {1.0, double(previewBox.width()) / current.size.width(), double(previewBox.height()) / current.size.height()});
    const QSize pixels(std::max(1, int(current.size.width() * fit)), std::max(1, int(current.size.height() * fit)));
    const int dpi = std::max(1, int(std::lround(current.dpi * fit)));
    m_exporter.setTitle(current.title);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QImage image = m_exporter.renderImage(pixels, dpi);
    QApplication::restoreOverrideCursor();
    m_preview->setPixmap(QPixmap::fromImage(image));
}

void ChartExportDialog::saveAs()
{
    QString selectedFilter;
    const QString path
        = QFileDialog::getSaveFileName(this, QCoreApplication::translate("Kairos::ChartExportDialog", "Export Chart"),
            QCoreApplication::translate("Kairos::ChartExportDialog", "timeline.png"),
            QCoreApplication::translate(
                "Kairos::ChartExportDialog", "PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)"),
            &selectedFilter);
    if (path.isEmpty())
        return;
    startExport(path);
}

void ChartExportDialog::startExport(const QString& path)
{
    QString error;
    if (!m_job->start(m_exporter, path, options(), &error)) {
        exportFinished(ChartExportJob::Outcome::Failed, error);
        return;
    }
    showProgress(QCoreApplication::translate("Kairos::ChartExportDialog", "Exporting the chart to %1…")
                     .arg(QFileInfo(path).fileName()));
}

void ChartExportDialog::copyToClipboard()
{
    QString error;
    if (!m_job->startImage(m_exporter, options(), &error)) {
        exportFinished(ChartExportJob::Outcome::Failed, error);
        return;
    }
    showProgress(QCoreApplication::translate("Kairos::ChartExportDialog", "Copying the chart…"));
}

void ChartExportDialog::showProgress(const QString& label)
{
    m_progress
        = new QProgressDialog(label, QCoreApplication::translate("Kairos::ChartExportDialog", "Cancel"), 0, 100, this);
    m_progress->setWindowTitle(QCoreApplication::translate("Kairos::ChartExportDialog", "Export Chart"));
    m_progress->setWindowModality(Qt::WindowModal);
    // Small pages finish before a progress window would be worth showing.
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_job, &ChartExportJob::progressChanged, m_progress, &QProgressDialog::setValue);
    connect(m_progress, &QProgressDialog::canceled, m_job, &ChartExportJob::cancel);
}

void ChartExportDialog::exportFinished(ChartExportJob::Outcome outcome, const QString& error)
{
    if (m_progress) {
        m_progress->disconnect(m_job);
        m_job->disconnect(m_progress);
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    switch (outcome) {
    case ChartExportJob::Outcome::Written:
        if (m_job->path().isEmpty()) {
            // A copy: the dialog stays for a file export of the same page.
            QApplication::clipboard()->setImage(m_job->takeImage());
        } else {
            m_writtenPath = m_job->path();
            accept();
        }
        break;
    case ChartExportJob::Outcome::Failed: {
        QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("Kairos::ChartExportDialog", "Export Failed"),
            error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        break;
    }
    case ChartExportJob::Outcome::Cancelled:
        break;
    }
}

} // namespace Kairos
