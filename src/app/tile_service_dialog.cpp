#include "app/tile_service_dialog.h"

#include "core/error.h"
#include "io/tile_keys.h"
#include "io/tile_template.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wm {

namespace {

struct Preset {
    QString title;
    QString urlTemplate;
    QString attribution;
    int maxZoom;
    QString labelsTitle; ///< a second layer of labels over the base, or empty
    QString labelsTemplate;
};

/// 天地图's WMTS in the web-mercator matrix set ("w"), one of its hosts t0…t7 per tile.
QString tianditu(const QString& layer)
{
    return QStringLiteral("https://t{0-7}.tianditu.gov.cn/%1_w/wmts?SERVICE=WMTS&REQUEST=GetTile"
                          "&VERSION=1.0.0&LAYER=%1&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles"
                          "&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}")
        .arg(layer);
}

QVector<Preset> presets()
{
    const QString tdtCredit = QStringLiteral("天地图 © 国家地理信息公共服务平台");
    return {
        {QStringLiteral("OpenStreetMap"),
         QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
         QStringLiteral("© OpenStreetMap contributors"),
         19,
         {},
         {}},
        {QStringLiteral("天地图 矢量 Tianditu vector"), tianditu(QStringLiteral("vec")), tdtCredit,
         18, QStringLiteral("天地图 矢量注记 labels"), tianditu(QStringLiteral("cva"))},
        {QStringLiteral("天地图 影像 Tianditu imagery"), tianditu(QStringLiteral("img")), tdtCredit,
         18, QStringLiteral("天地图 影像注记 labels"), tianditu(QStringLiteral("cia"))},
        {QStringLiteral("天地图 地形 Tianditu terrain"), tianditu(QStringLiteral("ter")), tdtCredit,
         14, QStringLiteral("天地图 地形注记 labels"), tianditu(QStringLiteral("cta"))},
    };
}

} // namespace

TileServiceDialog::TileServiceDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Add Tile Service"));
    mPreset = new QComboBox(this);
    for (const Preset& p : presets())
        mPreset->addItem(p.title);
    mPreset->addItem(tr("Other (XYZ URL template)"));
    mTitle = new QLineEdit(this);
    mTemplate = new QLineEdit(this);
    mTemplate->setMinimumWidth(520);
    mTemplate->setPlaceholderText(QStringLiteral("https://…/{z}/{x}/{y}.png"));
    mTemplate->setToolTip(tr("{z}, {x}, {y} (or {-y} for TMS), {s} for a, b, c, {0-7} for a "
                             "digit, {key} for your key"));
    mAttribution = new QLineEdit(this);
    mAttribution->setToolTip(tr("Printed in the notes of every exported map, as the service's "
                                "licence asks"));
    mMaxZoom = new QSpinBox(this);
    mMaxZoom->setRange(1, 22);
    mKey = new QLineEdit(this);
    mKey->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    mKeyNote = new QLabel(tr("Kept in your settings on this computer, never in the project "
                             "file."),
                          this);
    mKeyNote->setWordWrap(true);
    mLabels = new QCheckBox(tr("With the place-name labels as a second layer"), this);
    mLabels->setChecked(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Service:"), mPreset);
    form->addRow(tr("Name:"), mTitle);
    form->addRow(tr("URL template:"), mTemplate);
    form->addRow(tr("Attribution:"), mAttribution);
    form->addRow(tr("Deepest zoom level:"), mMaxZoom);
    form->addRow(tr("Key:"), mKey);
    form->addRow(QString(), mKeyNote);
    form->addRow(QString(), mLabels);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TileServiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(mPreset, &QComboBox::activated, this, &TileServiceDialog::choosePreset);
    connect(mTemplate, &QLineEdit::textChanged, this, &TileServiceDialog::templateChanged);
    choosePreset(0);
}

void TileServiceDialog::choosePreset(int index)
{
    mPreset->setCurrentIndex(index);
    const QVector<Preset> all = presets();
    if (index < 0 || index >= all.size()) {
        mTitle->clear();
        mTemplate->clear();
        mAttribution->clear();
        mMaxZoom->setValue(19);
        mLabelsTemplate.clear();
        templateChanged();
        return;
    }
    const Preset& p = all[index];
    mTitle->setText(p.title);
    mTemplate->setText(p.urlTemplate);
    mAttribution->setText(p.attribution);
    mMaxZoom->setValue(p.maxZoom);
    mLabelsTemplate = p.labelsTemplate;
    mLabelsTitle = p.labelsTitle;
    templateChanged();
}

void TileServiceDialog::setTemplate(const QString& urlTemplate)
{
    mTemplate->setText(urlTemplate);
}

void TileServiceDialog::setKey(const QString& key)
{
    mKey->setText(key);
}

void TileServiceDialog::templateChanged()
{
    const bool needsKey = mTemplate->text().contains(QLatin1String("{key}"));
    mKey->setEnabled(needsKey);
    mKeyNote->setVisible(needsKey);
    mLabels->setVisible(!mLabelsTemplate.isEmpty());
    if (needsKey) {
        try {
            mKey->setText(tileServiceKey(TileTemplate::parse(mTemplate->text()).keyName()));
        } catch (const Error&) {
        }
    }
}

QVector<LayerEntry> TileServiceDialog::entries() const
{
    LayerEntry base;
    base.role = QLatin1String(LayerEntry::RasterRole);
    base.source = QStringLiteral("xyz:") + mTemplate->text().trimmed();
    base.title = mTitle->text().trimmed();
    base.attribution = mAttribution->text().trimmed();
    base.maxZoom = mMaxZoom->value();
    QVector<LayerEntry> out = {base};
    if (!mLabelsTemplate.isEmpty() && mLabels->isChecked()) {
        LayerEntry labels = base;
        labels.source = QStringLiteral("xyz:") + mLabelsTemplate;
        labels.title = mLabelsTitle;
        out << labels;
    }
    return out;
}

void TileServiceDialog::accept()
{
    try {
        const TileTemplate parsed = TileTemplate::parse(mTemplate->text());
        if (parsed.needsKey()) {
            if (mKey->text().trimmed().isEmpty()) {
                QMessageBox::warning(this, tr("Key needed"),
                                     tr("This service answers only with your key (for 天地图: "
                                        "register at console.tianditu.gov.cn and create a "
                                        "browser-side or server-side key)."));
                return;
            }
            setTileServiceKey(parsed.keyName(), mKey->text());
        }
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Not a tile service"), e.message());
        return;
    }
    QDialog::accept();
}

} // namespace wm
