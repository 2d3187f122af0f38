#include "app/color_button.h"

#include <QColorDialog>
#include <QPainter>
#include <QPixmap>

namespace wm {

namespace {
QIcon colorIcon(const QColor& c)
{
    QPixmap pm(28, 16);
    pm.fill(c.alpha() == 0 ? QColor(Qt::white) : c);
    QPainter p(&pm);
    p.setPen(QColor(120, 120, 120));
    p.drawRect(pm.rect().adjusted(0, 0, -1, -1));
    if (c.alpha() == 0) {
        p.setPen(Qt::red);
        p.drawLine(0, 16, 28, 0);
    }
    return QIcon(pm);
}
} // namespace

ColorButton::ColorButton(const QColor& color, QWidget* parent) : QToolButton(parent), mColor(color)
{
    setIconSize(QSize(28, 16));
    setIcon(colorIcon(color));
    setToolTip(color.alpha() == 0 ? tr("None") : color.name());
    connect(this, &QToolButton::clicked, this, &ColorButton::choose);
}

void ColorButton::setColor(const QColor& color)
{
    if (color == mColor)
        return;
    mColor = color;
    setIcon(colorIcon(color));
    setToolTip(color.alpha() == 0 ? tr("None") : color.name());
    Q_EMIT colorChanged(color);
}

void ColorButton::choose()
{
    const QColor c =
        QColorDialog::getColor(mColor, this, tr("Choose a colour"), QColorDialog::ShowAlphaChannel);
    if (c.isValid())
        setColor(c);
}

} // namespace wm
