// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Kairos {

namespace {

const QString dayFirstKey = QStringLiteral("extraction/numericDayFirst");
const QString gazetteersKey = QStringLiteral("extraction/gazetteers");
const QString maxFileKey = QStringLiteral("import/maxFileMegabytes");
const QString maxBundleKey = QStringLiteral("import/maxBundleMegabytes");
const QString maxFilesKey = QStringLiteral("import/maxFiles");

QSpinBox* megabyteBox(int maximum, int value, const QString& accessibleName, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(1, maximum);
    box->setValue(value);
    box->setSuffix(QStringLiteral(" MB"));
    box->setAccessibleName(accessibleName);
    return box;
}

} // namespace

ExtractionSettings PreferencesDialog::extractionSettings()
{
    const QSettings settings;
    return {settings.value(dayFirstKey, false).toBool(), settings.value(gazetteersKey).toStringList()};
}

Import::ImportLimits PreferencesDialog::importLimits()
{
    const QSettings settings;
    Import::ImportLimits limits;
    const qint64 mb = 1024 * 1024;
    limits.maxEntryBytes = settings.value(maxFileKey, int(limits.maxEntryBytes / mb)).toLongLong() * mb;
    limits.maxTotalBytes = settings.value(maxBundleKey, int(limits.maxTotalBytes / mb)).toLongLong() * mb;
    limits.maxEntries = settings.value(maxFilesKey, int(limits.maxEntries)).toLongLong();
    return limits;
}

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    const ExtractionSettings extraction = extractionSettings();
    const Import::ImportLimits limits = importLimits();

    auto* extractionBox = new QGroupBox(tr("Extraction"), this);
    m_dayFirst = new QCheckBox(tr("Numeric dates put the &day first (03/04/2025 is 3 April)"), extractionBox);
    m_dayFirst->setChecked(extraction.numericDayFirst);
    m_gazetteers = new QListWidget(extractionBox);
    m_gazetteers->setAccessibleName(tr("Own gazetteers"));
    m_gazetteers->addItems(extraction.gazetteerFiles);
    auto* add = new QPushButton(tr("&Add Gazetteer…"), extractionBox);
    auto* remove = new QPushButton(tr("&Remove"), extractionBox);
    connect(add, &QPushButton::clicked, this, &PreferencesDialog::addGazetteer);
    connect(remove, &QPushButton::clicked, this, [this]() { delete m_gazetteers->currentItem(); });
    auto* gazetteerButtons = new QHBoxLayout;
    gazetteerButtons->addWidget(add);
    gazetteerButtons->addWidget(remove);
    gazetteerButtons->addStretch();
    auto* extractionLayout = new QVBoxLayout(extractionBox);
    extractionLayout->addWidget(m_dayFirst);
    extractionLayout->addWidget(m_gazetteers);
    extractionLayout->addLayout(gazetteerButtons);

    const qint64 mb = 1024 * 1024;
    auto* limitsBox = new QGroupBox(tr("Limits for bundles from elsewhere"), this);
    m_maxFileMegabytes = megabyteBox(4096, int(limits.maxEntryBytes / mb), tr("Largest file"), limitsBox);
    m_maxBundleMegabytes = megabyteBox(65536, int(limits.maxTotalBytes / mb), tr("Largest bundle"), limitsBox);
    m_maxFiles = new QSpinBox(limitsBox);
    m_maxFiles->setRange(1, 10000000);
    m_maxFiles->setValue(int(limits.maxEntries));
    m_maxFiles->setAccessibleName(tr("Most files in a bundle"));
    auto* form = new QFormLayout(limitsBox);
    form->addRow(tr("Largest &file:"), m_maxFileMegabytes);
    form->addRow(tr("Largest &bundle (uncompressed):"), m_maxBundleMegabytes);
    form->addRow(tr("Most files in a &bundle:"), m_maxFiles);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(extractionBox);
    layout->addWidget(limitsBox);
    layout->addWidget(buttons);
}

void PreferencesDialog::addGazetteer()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add Gazetteer"), QString(), tr("Gazetteers (*.json)"));
    if (!path.isEmpty())
        m_gazetteers->addItem(path);
}

void PreferencesDialog::accept()
{
    QSettings settings;
    settings.setValue(dayFirstKey, m_dayFirst->isChecked());
    QStringList files;
    for (int i = 0; i < m_gazetteers->count(); ++i)
        files << m_gazetteers->item(i)->text();
    settings.setValue(gazetteersKey, files);
    settings.setValue(maxFileKey, m_maxFileMegabytes->value());
    settings.setValue(maxBundleKey, m_maxBundleMegabytes->value());
    settings.setValue(maxFilesKey, m_maxFiles->value());
    QDialog::accept();
}

} // namespace Kairos
