#include "app/symbol_widget.h"

#include "app/color_button.h"
#include "render/legend.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPainter>

namespace wm {

QIcon symbolIcon(const Symbol& symbol, GeometryKind kind, const QSize& size)
{
    QPixmap pm(size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    drawLegendSymbol(p, QRectF(QPointF(0, 0), QSizeF(size)), symbol, kind);
    return QIcon(pm);
}

SymbolWidget::SymbolWidget(GeometryKind kind, QWidget* parent) : QWidget(parent), mKind(kind)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    mPreview = new QLabel(this);
    mPreview->setObjectName(QStringLiteral("preview"));
    form->addRow(tr("Preview:"), mPreview);
    const auto spin = [this](const char* name, double max, double step) {
        auto* s = new QDoubleSpinBox(this);
        s->setObjectName(QString::fromLatin1(name));
        s->setRange(0, max);
        s->setSingleStep(step);
        s->setDecimals(1);
        connect(s, &QDoubleSpinBox::valueChanged, this, &SymbolWidget::takeEdits);
        return s;
    };
    const auto color = [this](const char* name) {
        auto* b = new ColorButton(QColor(), this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &ColorButton::colorChanged, this, &SymbolWidget::takeEdits);
        return b;
    };
    if (kind == GeometryKind::Line) {
        mStroke = color("stroke");
        form->addRow(tr("Colour:"), mStroke);
        mStrokeWidth = spin("strokeWidth", 20, 0.2);
        form->addRow(tr("Width:"), mStrokeWidth);
        mDash = new QComboBox(this);
        mDash->setObjectName(QStringLiteral("dash"));
        for (const auto& [style, text] :
             {std::pair{Qt::SolidLine, tr("Solid")}, std::pair{Qt::DashLine, tr("Dashed")},
              std::pair{Qt::DotLine, tr("Dotted")}, std::pair{Qt::DashDotLine, tr("Dash-dot")}})
            mDash->addItem(text, int(style));
        form->addRow(tr("Dash:"), mDash);
        connect(mDash, &QComboBox::currentIndexChanged, this, &SymbolWidget::takeEdits);
    } else {
        if (kind != GeometryKind::Polygon) {
            mShape = new QComboBox(this);
            mShape->setObjectName(QStringLiteral("shape"));
            for (const auto& [shape, text] : {std::pair{MarkerShape::Circle, tr("Circle")},
                                              std::pair{MarkerShape::Square, tr("Square")},
                                              std::pair{MarkerShape::Triangle, tr("Triangle")},
                                              std::pair{MarkerShape::Diamond, tr("Diamond")},
                                              std::pair{MarkerShape::Star, tr("Star")},
                                              std::pair{MarkerShape::Cross, tr("Cross")}})
                mShape->addItem(text, int(shape));
            form->addRow(tr("Shape:"), mShape);
            connect(mShape, &QComboBox::currentIndexChanged, this, &SymbolWidget::takeEdits);
            mSize = spin("size", 64, 1);
            mSize->setMinimum(1);
            form->addRow(tr("Size:"), mSize);
        }
        mFill = color("fill");
        form->addRow(tr("Fill:"), mFill);
        mStroke = color("stroke");
        form->addRow(tr("Outline:"), mStroke);
        mStrokeWidth = spin("strokeWidth", 20, 0.2);
        form->addRow(tr("Outline width:"), mStrokeWidth);
    }
}

Symbol SymbolWidget::symbol() const
{
    return mSymbol;
}

void SymbolWidget::setSymbol(const Symbol& symbol)
{
    mLoading = true;
    mSymbol = symbol;
    if (mShape) {
        // A marker drawn from an SVG icon keeps it until another shape is chosen.
        const int icon = mShape->findData(-1);
        if (icon >= 0)
            mShape->removeItem(icon);
        if (!symbol.icon.isEmpty())
            mShape->insertItem(0, tr("Icon (%1)").arg(symbol.icon), -1);
        mShape->setCurrentIndex(mShape->findData(symbol.icon.isEmpty() ? int(symbol.shape) : -1));
    }
    if (mSize)
        mSize->setValue(symbol.size);
    if (mFill)
        mFill->setColor(symbol.fill);
    if (mStroke)
        mStroke->setColor(symbol.stroke);
    if (mStrokeWidth)
        mStrokeWidth->setValue(symbol.strokeWidth);
    if (mDash) {
        const int dash = mDash->findData(int(symbol.dash));
        mDash->setCurrentIndex(dash >= 0 ? dash : 0);
    }
    mLoading = false;
    mPreview->setPixmap(symbolIcon(mSymbol, mKind, QSize(48, 32)).pixmap(48, 32));
}

void SymbolWidget::takeEdits()
{
    if (mLoading)
        return;
    if (mShape) {
        const int shape = mShape->currentData().toInt();
        if (shape >= 0) {
            mSymbol.shape = MarkerShape(shape);
            mSymbol.icon.clear();
        }
    }
    if (mSize)
        mSymbol.size = mSize->value();
    if (mFill)
        mSymbol.fill = mFill->color();
    if (mStroke)
        mSymbol.stroke = mStroke->color();
    if (mStrokeWidth)
        mSymbol.strokeWidth = mStrokeWidth->value();
    if (mDash)
        mSymbol.dash = Qt::PenStyle(mDash->currentData().toInt());
    mPreview->setPixmap(symbolIcon(mSymbol, mKind, QSize(48, 32)).pixmap(48, 32));
    Q_EMIT changed();
}

} // namespace wm
